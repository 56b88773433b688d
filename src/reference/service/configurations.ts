/**
 * Configured products: the model per SKU, and the price of a configuration. Cart and
 * order lines are priced here too, so the configurator's price and the line's are one.
 */
import { NotFoundError, ValidationError, type ConfigurationSummary, type ConfiguredPrice, type ConfigurationPriceRequest, type FieldError, type PriceQuote } from '../../commerce/index.js';
import { canonical, derive, validate, type Configuration, type ConfigurationModel } from '../../configurator/index.js';
import type { CatalogItem, Locale } from '../catalog/types.js';
import { configurationModelOf } from '../configurator/index.js';
import { problemField } from '../configurator/problems.js';
import { quotePrice, type PricingContext } from '../pricing/index.js';
import { madeToOrderKind } from '../catalog/made-to-order.js';
import type { World } from './world.js';

/** The model of a configurable SKU; not found for any other. */
export function modelOf(world: World, sku: string, locale: Locale): { item: CatalogItem; model: ConfigurationModel } {
  const item = world.catalog.bySku.get(sku);
  const model = item ? configurationModelOf(item, locale) : null;
  if (!item || !model) throw new NotFoundError(locale === 'de' ? `${sku} ist nicht konfigurierbar.` : `${sku} cannot be configured.`);
  return { item, model };
}

/** Whether the item is made to order only, so a cart line of it needs a configuration. */
export const needsConfiguration = (item: CatalogItem): boolean => madeToOrderKind(item) !== null;

/** Why a configuration of `item` cannot be ordered in `quantity` (field errors under `prefix`); empty when it can. */
export function configurationErrors(item: CatalogItem, configuration: Configuration, quantity: number | undefined, locale: Locale, prefix: string): FieldError[] {
  const model = configurationModelOf(item, locale);
  if (!model) return [{ path: prefix, message: locale === 'de' ? `${item.sku} ist nicht konfigurierbar.` : `${item.sku} cannot be configured.` }];
  return validate(model, configuration, quantity).map((problem) => problemField(model, problem, locale, prefix));
}

/** The summary of a valid configuration. */
export function summaryOf(model: ConfigurationModel, configuration: Configuration): ConfigurationSummary {
  const derived = derive(model, configuration);
  return {
    code: derived.code,
    lines: derived.bill.map((line) => ({ label: line.label, value: line.unit ? `${line.value} ${line.unit === 'piece' ? '×' : line.unit}` : line.value })),
    weightGrams: derived.weightGrams,
    leadTimeDays: derived.leadTimeDays,
  };
}

/**
 * The customer's price of a configured unit: the configuration's list price stands in for
 * the item's, and the customer's group, tier and promotion discounts apply to it. A
 * contract price is agreed for the standard article, so it does not apply.
 */
export function quoteConfigured(item: CatalogItem, model: ConfigurationModel, configuration: Configuration, quantity: number, pricing: PricingContext, topCategory: string): PriceQuote {
  const configured: CatalogItem = { ...item, listPriceMinor: derive(model, configuration).listPriceMinor };
  return quotePrice(configured, quantity, { ...pricing, contracts: pricing.contracts.filter((c) => c.sku !== item.sku) }, topCategory);
}

/** Prices a configuration; refuses an invalid one with one field error per problem. */
export function priceConfiguration(world: World, pricing: PricingContext, request: ConfigurationPriceRequest): ConfiguredPrice {
  const locale = pricing.locale;
  const { item, model } = modelOf(world, request.sku, locale);
  const problems = validate(model, request.configuration, request.quantity);
  if (problems.length > 0) {
    throw new ValidationError(locale === 'de' ? 'Diese Konfiguration ist so nicht möglich.' : 'This configuration is not possible.', problems.map((p) => problemField(model, p, locale)));
  }
  const configuration = canonical(model, request.configuration);
  return {
    sku: item.sku,
    configuration,
    quantity: request.quantity,
    quote: quoteConfigured(item, model, configuration, request.quantity, pricing, world.topCategory(item)),
    summary: summaryOf(model, configuration),
    bill: derive(model, configuration).bill,
  };
}
