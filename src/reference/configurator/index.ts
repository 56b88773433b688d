/**
 * The reference backend's configurable products: which model a catalog item follows.
 * Cordless drill kits are the catalog's configurable generated items; the cable assembly
 * and the workbench are made-to-order items (see `../catalog/made-to-order.ts`).
 */
import type { ConfigurationModel } from '../../configurator/index.js';
import { madeToOrderKind } from '../catalog/made-to-order.js';
import type { CatalogItem, Locale } from '../catalog/types.js';
import { cableAssemblyModel } from './cable-assembly.js';
import { drillKitModel } from './drill-kit.js';
import { workbenchModel } from './workbench.js';

/** The configuration model of a configurable item in `locale`, or null when it has none. */
export function configurationModelOf(item: CatalogItem, locale: Locale): ConfigurationModel | null {
  if (!item.configurable) return null;
  switch (madeToOrderKind(item)) {
    case 'cable-assembly':
      return cableAssemblyModel(item, locale);
    case 'workbench':
      return workbenchModel(item, locale);
    default:
      return item.family.categoryId === 'power-tools' ? drillKitModel(item, locale) : null;
  }
}
