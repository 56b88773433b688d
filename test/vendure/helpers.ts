/**
 * Shared setup of the Vendure suite: the Shop API URL of the running test backend
 * (tools/vendure-backend, started by scripts/test-vendure.mjs) and its fixture customers.
 */
import { memoryTokenStorage } from '../../src/adapters/rest/token-storage.js';
import { createVendureAdapter, type VendureAdapterOptions, type VendureCommerceAdapter } from '../../src/adapters/vendure/vendure-adapter.js';
import type { ContractFixtures } from '../../src/commerce/contract-suite.js';

/** The Shop API of the running test backend. */
export function shopApiUrl(): string {
  const url = process.env.KONTOR_VENDURE_URL;
  if (!url) throw new Error('KONTOR_VENDURE_URL is not set: run the suite through `npm run test:vendure`, which starts Vendure.');
  return url;
}

/** The customers tools/vendure-backend/fixtures.mjs registers. */
export const fixtures: ContractFixtures = {
  buyer: { email: 'buyer@kontor.test', password: 'kontor-buyer' },
  otherCompanyBuyer: { email: 'other@kontor.test', password: 'kontor-other' },
};

/** A fresh, logged-out adapter with its own session. */
export function vendureAdapter(options: Partial<VendureAdapterOptions> = {}): VendureCommerceAdapter {
  return createVendureAdapter({ shopApiUrl: shopApiUrl(), tokenStorage: memoryTokenStorage(), ...options });
}

/** Sends one query straight to the Shop API, bypassing the adapter (to check what Vendure itself says). */
export async function shopQuery<T>(query: string, variables: Record<string, unknown>, token: string | null): Promise<T> {
  const response = await fetch(shopApiUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}
