/**
 * Per-line validation of a quick order: combines each row with the backend's facts about
 * its code (from one batched lookup) and the contract's quantity rule, and says for every
 * line what is wrong and how to fix it. Pure and synchronous, so a change to one row
 * re-validates 10,000 rows in a few milliseconds without asking the backend again.
 */
import { checkQuantity, MAX_CODE_LENGTH, nextAccepted, type QuantityProblem, type Sku, type SkuCandidate, type SkuFacts, type SkuLookup } from '../commerce/index.js';
import { parseQuantityText } from './quantity-text.js';

/** A row of the quick order as the buyer entered or pasted it. */
export interface QuickOrderRow {
  /** Stable id for the row's lifetime (list order may change). */
  readonly id: number;
  readonly code: string;
  readonly quantityText: string;
  /** A message the backend gave for this row when adding it to the cart failed. */
  readonly rejection?: string;
}

/** What the store knows about a code: the lookup's answer, or that it is pending or failed. */
export type CodeState = SkuLookup | { readonly code: string; readonly status: 'pending' } | { readonly code: string; readonly status: 'failed' };

/** Something that keeps a line from being ordered, with the data its fix needs. */
export type LineIssue =
  | { readonly kind: 'missing-code' }
  | { readonly kind: 'code-too-long'; readonly length: number }
  | { readonly kind: 'unknown-code'; readonly closest: readonly SkuCandidate[] | null }
  | { readonly kind: 'lookup-failed' }
  | { readonly kind: 'discontinued'; readonly replacementSku: Sku | null }
  | { readonly kind: 'configurable' }
  | { readonly kind: 'missing-quantity'; readonly suggestion: number | null }
  | { readonly kind: 'malformed-quantity'; readonly text: string }
  | { readonly kind: 'quantity'; readonly problem: QuantityProblem; readonly unit: string }
  | { readonly kind: 'duplicate'; readonly firstRowId: number; readonly firstPosition: number; readonly mergedQuantity: number | null }
  | { readonly kind: 'rejected'; readonly message: string };

/** Worth knowing but no obstacle: the line can be ordered. */
export type LineNotice =
  | { readonly kind: 'short-stock'; readonly available: number; readonly leadTimeDays: number }
  | { readonly kind: 'matched-by'; readonly via: 'mpn' | 'ean'; readonly sku: Sku };

/** One validated line. */
export interface LineResult {
  readonly row: QuickOrderRow;
  /** `checking` while the code's lookup is under way. */
  readonly status: 'valid' | 'invalid' | 'checking';
  readonly product: SkuFacts | null;
  readonly quantity: number | null;
  readonly issues: readonly LineIssue[];
  readonly notices: readonly LineNotice[];
}

/** Counts for the summary line. */
export interface QuickOrderSummary {
  readonly total: number;
  readonly valid: number;
  readonly toFix: number;
  readonly checking: number;
}

/** The key a code is looked up by: as typed, without surrounding space. */
export function codeKey(code: string): string {
  return code.trim();
}

function quantityOf(row: QuickOrderRow, locale: string): { value: number | null; issue: LineIssue | null } {
  const parsed = parseQuantityText(row.quantityText, locale);
  if (parsed.ok) return { value: parsed.value, issue: null };
  if (parsed.reason === 'empty') return { value: null, issue: { kind: 'missing-quantity', suggestion: null } };
  return { value: null, issue: { kind: 'malformed-quantity', text: row.quantityText } };
}

function validateOne(row: QuickOrderRow, codes: ReadonlyMap<string, CodeState>, locale: string): LineResult {
  const issues: LineIssue[] = [];
  const notices: LineNotice[] = [];
  const code = codeKey(row.code);
  const quantity = quantityOf(row, locale);
  let product: SkuFacts | null = null;
  let checking = false;
  if (code === '') issues.push({ kind: 'missing-code' });
  else if (code.length > MAX_CODE_LENGTH) issues.push({ kind: 'code-too-long', length: code.length });
  else {
    const state = codes.get(code);
    if (!state || state.status === 'pending') checking = true;
    else if (state.status === 'failed') issues.push({ kind: 'lookup-failed' });
    else if (state.status === 'unknown') issues.push({ kind: 'unknown-code', closest: state.closest });
    else {
      const found = state.product;
      product = found;
      if (state.matchedBy !== 'sku') notices.push({ kind: 'matched-by', via: state.matchedBy, sku: found.sku });
      if (found.discontinued) issues.push({ kind: 'discontinued', replacementSku: found.discontinued.replacementSku });
      else if (found.configurable) issues.push({ kind: 'configurable' });
    }
  }
  if (quantity.issue?.kind === 'missing-quantity' && product) {
    issues.push({ kind: 'missing-quantity', suggestion: nextAccepted(product.quantity, 1) });
  } else if (quantity.issue) {
    issues.push(quantity.issue);
  } else if (quantity.value !== null && product) {
    const problem = checkQuantity(product.quantity, quantity.value);
    if (problem) issues.push({ kind: 'quantity', problem, unit: product.quantity.unit });
    else if (quantity.value > product.stockTotal && !product.discontinued) {
      notices.push({ kind: 'short-stock', available: product.stockTotal, leadTimeDays: product.leadTimeDays });
    }
  }
  if (row.rejection) issues.push({ kind: 'rejected', message: row.rejection });
  const status = issues.length > 0 ? 'invalid' : checking ? 'checking' : 'valid';
  return { row, status, product, quantity: quantity.value, issues, notices };
}

/**
 * Validates every row. Lines of the same product after the first get a `duplicate` issue
 * naming the first line and the merged quantity, so the buyer decides; nothing is merged
 * silently.
 */
export function validateRows(rows: readonly QuickOrderRow[], codes: ReadonlyMap<string, CodeState>, locale: string): LineResult[] {
  const results = rows.map((row) => validateOne(row, codes, locale));
  const firsts = new Map<Sku, number>();
  const totals = new Map<Sku, number | null>();
  results.forEach((result, position) => {
    const sku = result.product?.sku;
    if (!sku) return;
    if (!firsts.has(sku)) firsts.set(sku, position);
    const sum = totals.get(sku);
    totals.set(sku, sum === null || result.quantity === null ? null : (sum ?? 0) + result.quantity);
  });
  return results.map((result, position) => {
    const sku = result.product?.sku;
    const first = sku === undefined ? undefined : firsts.get(sku);
    if (sku === undefined || first === undefined || first === position) return result;
    const firstRow = results[first]?.row;
    if (!firstRow) return result;
    const duplicate: LineIssue = { kind: 'duplicate', firstRowId: firstRow.id, firstPosition: first, mergedQuantity: totals.get(sku) ?? null };
    return { ...result, status: 'invalid', issues: [...result.issues, duplicate] };
  });
}

/** Counts valid lines, lines to fix and lines still being checked. */
export function summarize(results: readonly LineResult[]): QuickOrderSummary {
  let valid = 0;
  let toFix = 0;
  let checking = 0;
  for (const result of results) {
    if (result.status === 'valid') valid++;
    else if (result.status === 'invalid') toFix++;
    else checking++;
  }
  return { total: results.length, valid, toFix, checking };
}

/** A one-click fix for an issue, when there is an obvious one. */
export type LineFix =
  | { readonly kind: 'set-quantity'; readonly quantity: number }
  | { readonly kind: 'set-code'; readonly code: string }
  | { readonly kind: 'merge'; readonly intoRowId: number; readonly quantity: number };

/** The fix an issue offers, if any (closest matches are a choice, not one fix). */
export function fixFor(issue: LineIssue): LineFix | null {
  switch (issue.kind) {
    case 'quantity':
      return 'suggestion' in issue.problem ? { kind: 'set-quantity', quantity: issue.problem.suggestion } : null;
    case 'missing-quantity':
      return issue.suggestion === null ? null : { kind: 'set-quantity', quantity: issue.suggestion };
    case 'discontinued':
      return issue.replacementSku ? { kind: 'set-code', code: issue.replacementSku } : null;
    case 'duplicate':
      return issue.mergedQuantity === null ? null : { kind: 'merge', intoRowId: issue.firstRowId, quantity: issue.mergedQuantity };
    default:
      return null;
  }
}
