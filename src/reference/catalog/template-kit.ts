/**
 * Building blocks for product family templates. A template describes one kind of product
 * (hex bolts, NYM-J cable …); the generator instantiates it many times with different
 * brands and series until the catalog has the requested size.
 */
import type { QuantityRules } from '../../commerce/index.js';
import type { Rng } from './prng.js';
import type { CatalogAttribute, CatalogAxis, Localized } from './types.js';

/** One variant of a family as a template describes it. */
export interface VariantPlan {
  readonly name: Localized;
  readonly attributes: readonly CatalogAttribute[];
  /** List price per unit in EUR cents (rounded by the generator). */
  readonly price: number;
  readonly quantity: QuantityRules;
  readonly configurable?: boolean;
}

/** One instantiated family: shared texts plus its variant combinations. */
export interface FamilyPlan {
  readonly name: Localized;
  readonly intro: Localized;
  readonly brand: string;
  /** Overrides the template's category for this family. */
  readonly categoryId?: string;
  readonly axes: readonly CatalogAxis[];
  readonly combos: readonly Readonly<Record<string, string | number>>[];
  readonly variant: (values: Readonly<Record<string, string | number>>) => VariantPlan;
  /** Warranty in words; defaults to the statutory one. */
  readonly warranty?: Localized;
  readonly hasSafetySheet?: boolean;
}

/** A kind of product that can be instantiated as families. */
export interface FamilyTemplate {
  readonly id: string;
  readonly categoryId: string;
  /** Relative share of SKUs of this kind in the catalog. */
  readonly weight: number;
  readonly build: (rng: Rng) => FamilyPlan;
}

/** A text in German and English. */
export const L = (de: string, en: string): Localized => ({ de, en });

/** A numeric attribute with its unit. */
export const num = (key: string, label: Localized, value: number, unit?: string): CatalogAttribute =>
  unit === undefined ? { key, label, type: 'number', value } : { key, label, type: 'number', value, unit };

/** A text attribute in both languages. */
export const text = (key: string, label: Localized, value: Localized): CatalogAttribute => ({
  key,
  label,
  type: 'text',
  value,
});

/** A yes/no attribute. */
export const bool = (key: string, label: Localized, value: boolean): CatalogAttribute => ({
  key,
  label,
  type: 'boolean',
  value,
});

/** Every combination of the given axis values, in a stable order. */
export function cross(axes: Readonly<Record<string, readonly (string | number)[]>>): Record<string, string | number>[] {
  let combos: Record<string, string | number>[] = [{}];
  for (const [key, values] of Object.entries(axes)) {
    const next: Record<string, string | number>[] = [];
    for (const combo of combos) for (const value of values) next.push({ ...combo, [key]: value });
    combos = next;
  }
  return combos;
}

/** Formats a decimal the German way (comma), which product names use in `de`. */
export const deNum = (value: number): string => String(value).replace('.', ',');

/** Quantity rules for articles sold in whole packs. */
export const packs = (packSize: number, unit = 'piece'): QuantityRules => ({
  minQuantity: packSize,
  packSize,
  unit,
  fractional: false,
});

/** Shared attribute labels. */
export const LABELS = {
  material: L('Werkstoff', 'Material'),
  diameter: L('Durchmesser', 'Diameter'),
  length: L('Länge', 'Length'),
  standard: L('Norm', 'Standard'),
  size: L('Größe', 'Size'),
  color: L('Farbe', 'Colour'),
  weight: L('Gewicht', 'Weight'),
} as const;
