/** Configurable products in the contract: the model, a priced configuration, its summary on lines. */
import type { BillLine, Configuration } from '../configurator/types.js';
import type { Sku } from './catalog-types.js';
import type { PriceQuote } from './pricing-types.js';

export type { BillLine, Configuration, ConfigurationModel } from '../configurator/types.js';

/** A configuration to price for a quantity, in the session's context. */
export interface ConfigurationPriceRequest {
  readonly sku: Sku;
  readonly configuration: Configuration;
  readonly quantity: number;
}

/** What a configured line shows besides its price: code, choices in words, weight, lead time. */
export interface ConfigurationSummary {
  /** The configuration code (same choices, same code; free texts are not part of it). */
  readonly code: string;
  /** The choices as label and value, in model order. */
  readonly lines: readonly { readonly label: string; readonly value: string }[];
  /** Weight of one configured unit in grams. */
  readonly weightGrams: number;
  /** Working days until a configured unit ships. */
  readonly leadTimeDays: number;
}

/** A valid configuration priced for the buyer: exactly what a cart line of it will cost. */
export interface ConfiguredPrice {
  readonly sku: Sku;
  /** The configuration as the backend keeps it (canonical: model order, unset groups left out). */
  readonly configuration: Configuration;
  readonly quantity: number;
  readonly quote: PriceQuote;
  readonly summary: ConfigurationSummary;
  /** The bill of materials at list prices per configured unit (minor units of `currency`). */
  readonly bill: readonly BillLine[];
}
