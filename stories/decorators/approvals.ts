/**
 * Set-ups shared by the approval inbox and approval badge stories: both show the same
 * approver's requests, the same loading state and the same backend without approvals.
 */
import type { AdapterInfo } from '../../src/index.js';
import { altered, neverAnswers } from './faults.js';
import { approvalsWaiting } from './orders.js';
import { cartWith } from './setup.js';
import type { KontorParameters } from './storefront.js';

/** `parameters` of a story with `kontor` set-up. */
interface WithKontor {
  readonly kontor: KontorParameters;
}

/** An approver with `count` requests waiting for their decision. */
export function approverWithRequests(count = 2): WithKontor {
  return { kontor: { user: 'approver', setup: approvalsWaiting(count) } };
}

/** A user with nothing to decide and an empty cart (`visitor`: logged out). */
export function nothingToDecide(user: KontorParameters['user']): WithKontor {
  return { kontor: { ...(user !== undefined && { user }), setup: cartWith(0) } };
}

/** An approver whose requests never load: the loading state. */
export const APPROVALS_LOADING: WithKontor = { kontor: { user: 'approver', setup: cartWith(0), faults: neverAnswers('listApprovals') } };

/** An approver on a backend that has no approvals (capability `approvals` off). */
export const APPROVALS_UNSUPPORTED: WithKontor = {
  kontor: {
    user: 'approver',
    setup: cartWith(0),
    faults: altered('info', (info) => {
      const i = info as AdapterInfo;
      return { ...i, capabilities: { ...i.capabilities, approvals: false } };
    }),
  },
};
