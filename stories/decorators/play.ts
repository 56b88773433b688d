/**
 * Helpers for stories' `play` functions. A story's play waits until its element shows the
 * state the story is about (prices rendered, the error shown, still loading, …), so the
 * story test checks each state, not a half-rendered element, and a story that no longer
 * reaches its state fails.
 */

/** How long a story may take to reach its state before it counts as broken. */
const STATE_TIMEOUT_MS = 20_000;

/** Waits until `check` returns a truthy value; throws naming `what` when it never does. */
export async function until<T>(check: () => T | null | undefined | false | '', what: string): Promise<T> {
  const deadline = Date.now() + STATE_TIMEOUT_MS;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`The story never reached its state: ${what}`);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
  }
}

/** The first `tag` element in the story (elements sit in the storefront's light DOM). */
export function storyElement<K extends keyof HTMLElementTagNameMap>(canvas: HTMLElement, tag: K): HTMLElementTagNameMap[K] {
  const element = canvas.querySelector(tag);
  if (!element) throw new Error(`The story renders no <${tag}>.`);
  return element;
}

/** An element's shadow-root text, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether an element is in a custom state (`:state(name)`). */
export function inState(element: Element, name: string): boolean {
  return element.matches(`:state(${name})`);
}

/** Waits until `tag` in the story shows `text` in its shadow root. */
export async function showsText(canvas: HTMLElement, tag: keyof HTMLElementTagNameMap, text: string): Promise<void> {
  await until(() => shadowText(storyElement(canvas, tag)).includes(text), `<${tag}> shows "${text}"`);
}

/** Waits until `tag` in the story has a shadow element matching `selector`. */
export async function showsPart(canvas: HTMLElement, tag: keyof HTMLElementTagNameMap, selector: string): Promise<Element> {
  return until(() => storyElement(canvas, tag).shadowRoot?.querySelector(selector), `<${tag}> renders ${selector}`);
}

/** Waits until `tag` in the story is in custom state `name`. */
export async function reachesState(canvas: HTMLElement, tag: keyof HTMLElementTagNameMap, name: string): Promise<void> {
  await until(() => inState(storyElement(canvas, tag), name), `<${tag}> is in state "${name}"`);
}
