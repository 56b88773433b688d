import { expect } from '@open-wc/testing';
import { createApprovalInbox, withFaults, type CommerceAdapter } from '../../../src/index.js';
import { testAdapter, testCommerce } from '../../components/helpers/storefront.js';

/** An approver's storefront whose next `listApprovals` calls can be slowed by the test. */
async function approver() {
  const slow: number[] = [];
  const adapter: CommerceAdapter = withFaults(testAdapter(), (method) => {
    if (method !== 'listApprovals') return undefined;
    const delayMs = slow.shift();
    return delayMs === undefined ? undefined : { delayMs };
  });
  const commerce = await testCommerce({ adapter, as: 'approver' });
  return { commerce, slow };
}

describe('approval inbox store', () => {
  it('settles a refresh although nothing watches the store', async function () {
    this.timeout(20000);
    const { commerce, slow } = await approver();
    const inbox = createApprovalInbox(commerce);
    // Reading the unwatched store mounts it, whose first load is the slow one.
    slow.push(300);
    await inbox.refresh();
    expect(inbox.$requests.get().status).to.equal('ready');
    expect(inbox.$requests.get().value).to.be.an('array');
  });

  it('settles a refresh that a newer one replaced only when the newer one has', async () => {
    const { commerce, slow } = await approver();
    const inbox = createApprovalInbox(commerce);
    const stop = inbox.$requests.listen(() => undefined);
    await inbox.refresh();
    const first = inbox.refresh();
    slow.push(300);
    const second = inbox.refresh();
    await first;
    expect(inbox.$requests.get().status).to.equal('ready');
    await second;
    expect(inbox.$requests.get().status).to.equal('ready');
    stop();
  });
});
