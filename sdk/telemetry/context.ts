/** What the records of one page view share, and the personalization slots in view. */
import { deviceClass } from '../personalization/profile.js';
import type { PageContext, SlotInView } from './types.js';

/** A page type: fixed, or computed when a beacon is built. */
export type PageTypeOption = string | (() => string);

/**
 * The default page type: `data-kontor-page` on `<html>` or `<body>`, else the file name of
 * the path without extension (`/category.html` → `category`, `/` → `home`).
 */
export function defaultPageType(): string {
  const declared = document.documentElement.dataset['kontorPage'] ?? document.body?.dataset['kontorPage'];
  if (declared) return declared;
  const file = location.pathname.split('/').pop() ?? '';
  const name = file.replace(/\.[a-z0-9]+$/i, '');
  return name === '' || name === 'index' ? 'home' : name;
}

interface Connection {
  readonly effectiveType?: string;
}

function navigationType(): string {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const type = entry?.type ?? 'navigate';
  return type.replace('_', '-');
}

/** The page context now (viewport, pointer and connection may change during a visit). */
export function pageContext(pageType: PageTypeOption | undefined): PageContext {
  const type = typeof pageType === 'function' ? pageType() : (pageType ?? defaultPageType());
  const connection = (navigator as Navigator & { connection?: Connection }).connection;
  return {
    pageType: String(type).slice(0, 64) || 'unknown',
    path: location.pathname.slice(0, 256),
    navigationType: navigationType(),
    device: deviceClass(innerWidth, matchMedia('(pointer: coarse)').matches),
    connection: connection?.effectiveType ?? null,
  };
}

/**
 * Follows `kontor-personalize` and answers which placed variants are in view: the slot is
 * still on the page and overlaps the viewport.
 */
export function followSlots(): { inView(): SlotInView[]; stop(): void } {
  const placed = new Map<Element, SlotInView>();
  const onPersonalize = (event: Event): void => {
    const { detail } = event as CustomEvent<unknown>;
    const element = event.composedPath()[0];
    if (!(element instanceof Element) || typeof detail !== 'object' || detail === null) return;
    const { slot, variant, segment } = detail as Record<string, unknown>;
    if (typeof slot !== 'string' || typeof variant !== 'string') return;
    placed.set(element, { slot, variant, segment: typeof segment === 'string' ? segment : null });
  };
  addEventListener('kontor-personalize', onPersonalize);
  // A slot decided before first paint (render-blocking) announced itself before telemetry
  // started listening: its decision is on the element.
  for (const element of document.querySelectorAll('kontor-slot')) {
    const { name, decision } = element as Element & { name?: unknown; decision?: { variant?: unknown; segment?: unknown } | null };
    if (typeof name === 'string' && typeof decision?.variant === 'string') {
      placed.set(element, { slot: name, variant: decision.variant, segment: typeof decision.segment === 'string' ? decision.segment : null });
    }
  }
  return {
    inView() {
      const slots: SlotInView[] = [];
      for (const [element, slot] of placed) {
        if (!element.isConnected) {
          placed.delete(element);
          continue;
        }
        const box = element.getBoundingClientRect();
        if (box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth) slots.push(slot);
      }
      return slots;
    },
    stop: () => removeEventListener('kontor-personalize', onPersonalize),
  };
}
