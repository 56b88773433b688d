/** Looking up the promotion behind a code a buyer typed. */
import type { Promotion } from '../seed/types.js';

/** What a typed code turned out to be. */
export type PromotionLookup =
  | { readonly kind: 'valid'; readonly promotion: Promotion }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'expired' | 'not-yet-valid'; readonly promotion: Promotion };

/** Codes compare without case and surrounding blanks: buyers copy them from e-mails. */
export const normalizeCode = (code: string): string => code.trim().toUpperCase();

/** Finds the promotion for `code` and says whether it is valid on `today` (YYYY-MM-DD). */
export function findPromotion(promotions: readonly Promotion[], code: string, today: string): PromotionLookup {
  const wanted = normalizeCode(code);
  const promotion = promotions.find((p) => p.code === wanted);
  if (!promotion) return { kind: 'unknown' };
  if (today > promotion.validTo) return { kind: 'expired', promotion };
  if (today < promotion.validFrom) return { kind: 'not-yet-valid', promotion };
  return { kind: 'valid', promotion };
}
