import { atom, computed, type ReadableAtom } from 'nanostores';
import { ValidationError, type Cart, type CommerceError, type Order } from '../commerce/index.js';
import { toCsv } from '../quick-order/export.js';
import { lookupBatches, lookupCodes } from '../quick-order/lookup.js';
import { parseOrderText } from '../quick-order/parse.js';
import { formatQuantityText } from '../quick-order/quantity-text.js';
import { codeKey, fixFor, summarize, validateRows, type CodeState, type LineFix, type LineResult, type QuickOrderRow, type QuickOrderSummary } from '../quick-order/validate.js';
import { toCommerceError } from './async-value.js';
import type { Commerce } from './commerce.js';

/** Progress of a large import: rows taken over so far, and whether codes are being checked. */
export interface QuickOrderProgress {
  readonly phase: 'reading' | 'checking';
  readonly done: number;
  readonly total: number;
}

/** What an import found. */
export interface ImportReport {
  readonly lines: number;
  readonly blank: number;
  readonly header: boolean;
}

/** The outcome of adding the valid lines to the cart. */
export type AddOutcome =
  | { readonly ok: true; readonly added: number; readonly cart: Cart }
  | { readonly ok: false; readonly error: CommerceError; readonly rejectedRows: number };

/**
 * The quick order list: rows, the facts about their codes, validation and the actions on
 * them. Elements render `$results` and `$summary` and call the actions; all logic is here.
 */
export interface QuickOrder {
  readonly $rows: ReadableAtom<readonly QuickOrderRow[]>;
  readonly $results: ReadableAtom<readonly LineResult[]>;
  readonly $summary: ReadableAtom<QuickOrderSummary>;
  readonly $progress: ReadableAtom<QuickOrderProgress | null>;
  /** The last failed code check (the backend could not be reached); `retry()` repeats it. */
  readonly $lookupError: ReadableAtom<CommerceError | null>;
  /** Appends the lines of pasted or uploaded text (empty rows at the end are replaced). */
  importText(text: string): Promise<ImportReport>;
  /** Reads a CSV/TSV file (UTF-8, or Windows-1252 from older spreadsheets) and imports it. */
  importFile(file: Blob): Promise<ImportReport>;
  /** Appends the lines of a past order. */
  loadOrder(order: Order): Promise<ImportReport>;
  /** Adds an empty row after `afterId` (or at the end); returns it. */
  addRow(afterId?: number): QuickOrderRow;
  removeRow(id: number): void;
  setCode(id: number, code: string): void;
  setQuantity(id: number, quantityText: string): void;
  applyFix(id: number, fix: LineFix): void;
  /** Applies every one-click fix (quantities, replacements, merges); returns how many. */
  applyAllFixes(): number;
  /** Checks failed codes again. */
  retry(): void;
  /** Adds every valid line to the cart in one call; added rows leave the list. */
  addValidToCart(): Promise<AddOutcome>;
  /** The list as CSV text that pastes back in. */
  toCsv(header: readonly [string, string]): string;
  clear(): void;
}

const CHUNK = 2000;

/** Lets the browser paint and handle input between chunks of a large import. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function decodeFile(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Creates the quick order store on a storefront. `locale` is the buyer's language, which
 * reads quantities (`1.000`) and writes the CSV.
 */
export function createQuickOrder(commerce: Commerce, locale: () => string): QuickOrder {
  let nextId = 0;
  const $rows = atom<readonly QuickOrderRow[]>([]);
  const $codes = atom<ReadonlyMap<string, CodeState>>(new Map());
  const $progress = atom<QuickOrderProgress | null>(null);
  const $lookupError = atom<CommerceError | null>(null);
  const $results = computed([$rows, $codes], (rows, codes) => validateRows(rows, codes, locale()));
  const $summary = computed($results, summarize);
  let lookupScheduled = false;

  const newRow = (code = '', quantityText = ''): QuickOrderRow => ({ id: ++nextId, code, quantityText });

  function updateCodes(update: (codes: Map<string, CodeState>) => void): void {
    const codes = new Map($codes.get());
    update(codes);
    $codes.set(codes);
  }

  async function checkCodes(): Promise<void> {
    lookupScheduled = false;
    const known = $codes.get();
    const wanted = new Set<string>();
    for (const row of $rows.get()) {
      const code = codeKey(row.code);
      if (code !== '' && code.length <= 64 && !known.has(code)) wanted.add(code);
    }
    if (wanted.size === 0) return;
    const codes = [...wanted];
    updateCodes((map) => codes.forEach((code) => map.set(code, { code, status: 'pending' })));
    $progress.set({ phase: 'checking', done: 0, total: codes.length });
    let done = 0;
    for (const batch of lookupBatches(codes)) {
      try {
        const answers = await lookupCodes(commerce.adapter, batch);
        updateCodes((map) => answers.forEach((answer, i) => map.set(batch[i] ?? answer.code, answer)));
        $lookupError.set(null);
      } catch (error) {
        updateCodes((map) => batch.forEach((code) => map.set(code, { code, status: 'failed' })));
        $lookupError.set(toCommerceError(error));
      }
      done += batch.length;
      $progress.set({ phase: 'checking', done, total: codes.length });
    }
    $progress.set(null);
  }

  function scheduleCheck(): void {
    if (lookupScheduled) return;
    lookupScheduled = true;
    queueMicrotask(() => void checkCodes());
  }

  function patchRow(id: number, patch: Partial<Omit<QuickOrderRow, 'id'>>): void {
    $rows.set($rows.get().map((row) => (row.id === id ? { id, code: patch.code ?? row.code, quantityText: patch.quantityText ?? row.quantityText } : row)));
  }

  async function appendLines(lines: readonly { code: string; quantityText: string }[]): Promise<void> {
    // Empty rows the buyer left at the end make room for the imported ones.
    const kept = [...$rows.get()];
    while (kept.length > 0 && kept[kept.length - 1]?.code === '' && kept[kept.length - 1]?.quantityText === '') kept.pop();
    let rows = kept;
    for (let start = 0; start < lines.length; start += CHUNK) {
      if (lines.length > CHUNK) $progress.set({ phase: 'reading', done: start, total: lines.length });
      rows = rows.concat(lines.slice(start, start + CHUNK).map((line) => newRow(line.code, line.quantityText)));
      if (lines.length > CHUNK) await yieldToMain();
    }
    $rows.set(rows);
    $progress.set(null);
    scheduleCheck();
  }

  async function importText(text: string): Promise<ImportReport> {
    const parsed = parseOrderText(text, locale());
    const lines: { code: string; quantityText: string }[] = [];
    let blank = 0;
    let header = false;
    for (const record of parsed.records) {
      if (record.kind === 'line') lines.push({ code: record.code, quantityText: record.quantityText });
      else if (record.kind === 'blank') blank++;
      else header = true;
    }
    await appendLines(lines);
    return { lines: lines.length, blank, header };
  }

  return {
    $rows,
    $results,
    $summary,
    $progress,
    $lookupError,
    importText,
    async importFile(file) {
      return importText(await decodeFile(file));
    },
    async loadOrder(order) {
      const lines = order.lines.map((line) => ({ code: line.sku, quantityText: formatQuantityText(line.quantity, locale()) }));
      await appendLines(lines);
      return { lines: lines.length, blank: 0, header: false };
    },
    addRow(afterId) {
      const row = newRow();
      const rows = [...$rows.get()];
      const at = afterId === undefined ? -1 : rows.findIndex((r) => r.id === afterId);
      rows.splice(at < 0 ? rows.length : at + 1, 0, row);
      $rows.set(rows);
      return row;
    },
    removeRow(id) {
      $rows.set($rows.get().filter((row) => row.id !== id));
    },
    setCode(id, code) {
      patchRow(id, { code });
      scheduleCheck();
    },
    setQuantity(id, quantityText) {
      patchRow(id, { quantityText });
    },
    applyFix(id, fix) {
      if (fix.kind === 'set-quantity') patchRow(id, { quantityText: formatQuantityText(fix.quantity, locale()) });
      else if (fix.kind === 'set-code') this.setCode(id, fix.code);
      else {
        const rows = $rows.get();
        const target = rows.find((r) => r.id === fix.intoRowId);
        if (!target) return;
        const product = $results.get().find((r) => r.row.id === id)?.product?.sku;
        // Every line of the product merges into the first, so the sum is counted once.
        const merged = new Set($results.get().filter((r) => r.product?.sku === product && r.row.id !== target.id).map((r) => r.row.id));
        $rows.set(rows.filter((r) => !merged.has(r.id)).map((r) => (r.id === target.id ? { ...r, quantityText: formatQuantityText(fix.quantity, locale()) } : r)));
      }
    },
    applyAllFixes() {
      let applied = 0;
      const handledMerges = new Set<number>();
      for (const result of $results.get()) {
        for (const issue of result.issues) {
          const fix = fixFor(issue);
          if (!fix) continue;
          if (fix.kind === 'merge') {
            if (handledMerges.has(fix.intoRowId)) continue;
            handledMerges.add(fix.intoRowId);
          }
          this.applyFix(result.row.id, fix);
          applied++;
          break;
        }
      }
      return applied;
    },
    retry() {
      $lookupError.set(null);
      updateCodes((map) => {
        for (const [code, state] of map) if (state.status === 'failed') map.delete(code);
      });
      scheduleCheck();
    },
    async addValidToCart() {
      const valid = $results.get().filter((r) => r.status === 'valid' && r.product && r.quantity !== null);
      const lines = valid.map((r) => ({ sku: (r.product as { sku: string }).sku, quantity: r.quantity as number }));
      try {
        const cart = await commerce.addToCart(lines);
        const added = new Set(valid.map((r) => r.row.id));
        $rows.set($rows.get().filter((row) => !added.has(row.id)));
        return { ok: true, added: lines.length, cart };
      } catch (error) {
        const commerceError = toCommerceError(error);
        const rejected = new Map<number, string>();
        if (commerceError instanceof ValidationError) {
          for (const field of commerceError.fields) {
            const index = /^lines\.(\d+)\./.exec(field.path)?.[1];
            const row = index === undefined ? undefined : valid[Number(index)]?.row;
            if (row) rejected.set(row.id, field.message);
          }
        }
        if (rejected.size > 0) $rows.set($rows.get().map((row) => (rejected.has(row.id) ? { ...row, rejection: rejected.get(row.id) as string } : row)));
        return { ok: false, error: commerceError, rejectedRows: rejected.size };
      }
    },
    toCsv(header) {
      return toCsv($rows.get(), header, locale());
    },
    clear() {
      $rows.set([]);
    },
  };
}
