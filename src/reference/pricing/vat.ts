/** VAT rates by ship-to country. */

/** Standard VAT rates in per mille (190 = 19 %), by ISO country code. */
export const VAT_PER_MILLE: Readonly<Record<string, number>> = { DE: 190, AT: 200, CH: 81 };

/** The rate for a country; unknown countries fall back to the German rate. */
export function vatPerMille(country: string): number {
  return VAT_PER_MILLE[country] ?? 190;
}
