import { choose, onPreviewChange, previewSegments, startPersonalization } from '../../sdk/personalization/index.js';
import { define } from '../shared/define.js';
import { afterFirstPaint } from '../shared/first-paint.js';
import { emit } from '../shared/events.js';

/** The variant templates of a slot with their segments (none: a default written the older way). */
function variants(host: Element): { template: HTMLTemplateElement; segments: string[] }[] {
  return [...host.children]
    .filter((child): child is HTMLTemplateElement => child instanceof HTMLTemplateElement)
    .map((template) => ({ template, segments: (template.dataset.segment ?? '').split(/\s+/).filter(Boolean) }));
}

/** Whether nodes are content a reader sees (not only the whitespace between tags). */
function hasContent(nodes: readonly Node[]): boolean {
  return nodes.some((node) => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''));
}

/** A CSS value the browser accepts for `property`, or null (with a warning naming the slot). */
function cssValue(host: Element, property: string, value: string | null): string | null {
  if (!value) return null;
  if (globalThis.CSS?.supports(property, value)) return value;
  console.warn(`Kontor: <kontor-slot name="${host.getAttribute('name') ?? ''}"> ignores ${property}="${value}", which is not a CSS ${property}.`);
  return null;
}

/**
 * A personalized region of a CMS page. Its own content (the children that are not
 * templates) is the default: real page content, shown as it is without any script and to
 * crawlers. Each `<template data-segment="…">` child is a variant for a segment (several
 * segments separated by spaces). The variant is chosen synchronously when the element
 * connects, from the profile snapshot, so when the script is loaded render-blocking a
 * matching variant replaces the default before the first paint; the declared height or
 * aspect ratio is reserved so no variant moves the content below. A visitor's variant stays
 * for the whole page view; only the marketers' preview swaps it live (and back to the
 * default, whose nodes are kept, not copied). A `<template>` without `data-segment` is still
 * read as the default when the slot has no content of its own (the earlier markup).
 *
 * It is plain light-DOM markup on purpose: the variant is the page's own content, styled by
 * the page's CSS, and the element carries no rendering library, because a render-blocking
 * script must be small.
 *
 * @summary Shows the content variant for the visitor's segment, decided before first paint.
 * @tag kontor-slot
 * @slot - The default content, and the `<template>` variants; a chosen variant's content replaces the default here.
 * @cssstate personalized - A segment's variant is shown.
 * @cssstate default - The default is shown (no segment matched, or no consent).
 * @cssstate preview - The variant was chosen by the marketers' preview.
 * @fires kontor-personalize - After a variant was placed; detail `{ slot, variant, segment, preview }`.
 */
export class KontorSlot extends HTMLElement {
  static readonly observedAttributes = ['min-height', 'aspect-ratio'];

  /** The decision shown now (also for listeners that start after the event fired). */
  decision: { readonly variant: string; readonly segment: string | null; readonly preview: boolean } | null = null;

  readonly #internals: ElementInternals | undefined = this.attachInternals?.();
  readonly #sheet = new CSSStyleSheet();
  /** Nodes copied in from the variant shown now. */
  #placed: Node[] = [];
  /** The slot's own content (its default), taken out of the page while a variant shows; null until the first decision. */
  #own: Node[] | null = null;
  #stopPreview: (() => void) | undefined;
  #waiting: MutationObserver | undefined;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [this.#sheet];
    root.append(document.createElement('slot'));
    // Attributes present at upgrade arrive through attributeChangedCallback.
    this.#sheet.replaceSync(':host{display:block}');
  }

  /** Name of the slot, reported in `kontor-personalize` (`hero`). */
  get name(): string {
    return this.getAttribute('name') ?? '';
  }

  connectedCallback(): void {
    this.#stopPreview = onPreviewChange(() => this.#place());
    if (this.#own !== null || variants(this).length > 0) {
      this.#place();
      return;
    }
    // Defined before the parser reached the variants (a classic script above the slot), or
    // filled in later by a CMS widget: decide as soon as the variants are there.
    this.#waiting = new MutationObserver(() => {
      if (variants(this).length === 0) return;
      this.#waiting?.disconnect();
      this.#place();
    });
    this.#waiting.observe(this, { childList: true });
  }

  disconnectedCallback(): void {
    this.#stopPreview?.();
    this.#waiting?.disconnect();
  }

  attributeChangedCallback(): void {
    this.#reserve();
  }

  /** The space to hold, from `min-height` and `aspect-ratio`, before and whatever the variant. */
  #reserve(): void {
    const minHeight = cssValue(this, 'min-height', this.getAttribute('min-height'));
    const ratio = cssValue(this, 'aspect-ratio', this.getAttribute('aspect-ratio'));
    this.#sheet.replaceSync(`:host{display:block;${minHeight ? `min-height:${minHeight};` : ''}${ratio ? `aspect-ratio:${ratio};` : ''}}`);
  }

  #place(): void {
    // The own content is read once: later, while a variant shows, it is out of the page.
    this.#own ??= [...this.childNodes].filter((node) => !(node instanceof HTMLTemplateElement));
    const all = variants(this);
    const chosen = choose([...new Set(all.flatMap((v) => v.segments))]);
    const variant = chosen === null ? undefined : all.find((v) => v.segments.includes(chosen));
    const preview = previewSegments() !== null;
    const name = variant?.template.dataset.variant ?? chosen ?? 'default';
    const previous = this.decision;
    if (previous && previous.variant === name && previous.segment === chosen && previous.preview === preview) return;
    if (!previous || previous.variant !== name) {
      if (variant) this.#show(variant.template);
      else if (hasContent(this.#own)) this.#showOwn();
      else this.#show(all.find((v) => v.segments.length === 0)?.template);
    }
    this.decision = { variant: name, segment: chosen, preview };
    const states = this.#internals?.states;
    for (const [state, on] of [['personalized', chosen !== null], ['default', chosen === null], ['preview', preview]] as const) {
      if (on) states?.add(state);
      else states?.delete(state);
    }
    emit(this, 'kontor-personalize', { slot: this.name, variant: name, segment: chosen, preview });
  }

  /** Replaces what shows with a copy of `template`'s content (nothing without one). */
  #show(template: HTMLTemplateElement | undefined): void {
    this.#clear();
    // Taken out, not hidden: the variant's ids and landmarks must be the only ones on the page.
    for (const node of this.#own ?? []) node.parentNode?.removeChild(node);
    const content = template ? document.importNode(template.content, true) : document.createDocumentFragment();
    this.#placed = [...content.childNodes];
    this.append(content);
  }

  /** Puts the slot's own content back (the same nodes, with their state). */
  #showOwn(): void {
    this.#clear();
    const own = (this.#own ?? []).filter((node) => node.parentNode !== this);
    if (own.length > 0) this.prepend(...own);
  }

  #clear(): void {
    for (const node of this.#placed) node.parentNode?.removeChild(node);
    this.#placed = [];
  }
}

define('kontor-slot', KontorSlot);
// A page with slots keeps its profile up to date (with consent) for the next view. The
// tracking starts after the first paint: a decision never needs it, and loading it from a
// render-blocking script held the page's first paint back.
void afterFirstPaint().then(() => startPersonalization());

declare global {
  interface HTMLElementTagNameMap {
    'kontor-slot': KontorSlot;
  }
}
