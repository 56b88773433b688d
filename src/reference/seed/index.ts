/** The seeded accounts, users and price rules of the reference backend. */
import type { Catalog } from '../catalog/types.js';
import { convertFromEur } from '../pricing/currency.js';
import { ACCOUNTS, COMPANIES, USERS } from './accounts.js';
import { CUSTOMER_GROUPS, PRICE_REGIONS, PROMOTIONS, buildContracts } from './prices.js';
import type { SeedData } from './types.js';

export { DEMO_PASSWORD } from './accounts.js';
export type * from './types.js';

/** Builds the seed data for a catalog (contract prices refer to its SKUs). */
export function buildSeed(catalog: Catalog): SeedData {
  return {
    companies: COMPANIES,
    accounts: ACCOUNTS,
    users: USERS,
    customerGroups: CUSTOMER_GROUPS,
    contracts: buildContracts(catalog, convertFromEur),
    regions: PRICE_REGIONS,
    promotions: PROMOTIONS,
  };
}
