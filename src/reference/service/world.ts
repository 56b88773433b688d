/**
 * The immutable part of the backend: catalog, search index, seed data and lookups, built
 * once at start. Everything that changes lives in `BackendState`.
 */
import type { Account, Company } from '../../commerce/index.js';
import type { SearchIndex } from '../../search/index.js';
import { CatalogView } from '../catalog/localize.js';
import { indexCatalog } from '../catalog/search-documents.js';
import type { Catalog, CatalogItem } from '../catalog/types.js';
import { buildSeed, type ContractPrice, type CustomerGroup, type PriceRegion, type SeedData, type SeedUser } from '../seed/index.js';

/** Static data and lookups shared by all requests. */
export interface World {
  readonly catalog: Catalog;
  readonly view: CatalogView;
  readonly index: SearchIndex;
  readonly seed: SeedData;
  readonly users: ReadonlyMap<string, SeedUser>;
  readonly usersByEmail: ReadonlyMap<string, SeedUser>;
  readonly accounts: ReadonlyMap<string, Account>;
  readonly companies: ReadonlyMap<string, Company>;
  readonly groups: ReadonlyMap<string, CustomerGroup>;
  readonly contractsByAccount: ReadonlyMap<string, readonly ContractPrice[]>;
  /** The price region of each ship-to address that has one. */
  readonly regionByShipTo: ReadonlyMap<string, PriceRegion>;
  /** The clock; injected so tests can move time (contract validity, budgets). */
  readonly now: () => Date;
  /** Top-level category id of an item (group price lists discount by it). */
  topCategory(item: CatalogItem): string;
}

/** Builds the world for a catalog; `seed` defaults to the demo seed for that catalog. */
export function createWorld(catalog: Catalog, options: { now?: () => Date; seed?: SeedData; index?: SearchIndex } = {}): World {
  const seed = options.seed ?? buildSeed(catalog);
  const view = new CatalogView(catalog);
  const topByLeaf = new Map<string, string>();
  const contractsByAccount = new Map<string, ContractPrice[]>();
  for (const contract of seed.contracts) {
    const list = contractsByAccount.get(contract.accountId) ?? [];
    list.push(contract);
    contractsByAccount.set(contract.accountId, list);
  }
  return {
    catalog,
    view,
    index: options.index ?? indexCatalog(catalog),
    seed,
    users: new Map(seed.users.map((u) => [u.id, u] as const)),
    usersByEmail: new Map(seed.users.map((u) => [u.email.toLowerCase(), u] as const)),
    accounts: new Map(seed.accounts.map((a) => [a.id, a] as const)),
    companies: new Map(seed.companies.map((c) => [c.id, c] as const)),
    groups: new Map(seed.customerGroups.map((g) => [g.id, g] as const)),
    contractsByAccount,
    regionByShipTo: new Map(seed.regions.flatMap((region) => region.shipToIds.map((id) => [id, region] as const))),
    now: options.now ?? (() => new Date()),
    topCategory(item) {
      const leaf = item.family.categoryId;
      let top = topByLeaf.get(leaf);
      if (top === undefined) {
        top = view.categoryIds(item)[0] ?? leaf;
        topByLeaf.set(leaf, top);
      }
      return top;
    },
  };
}
