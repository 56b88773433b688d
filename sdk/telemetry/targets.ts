/**
 * Selectors that cross shadow roots. web-vitals (like the browser's own entries) stops at a
 * shadow root, so a slow interaction inside an embedded element is reported against the
 * host at best. These selectors name every host on the way down, joined by ` >> `:
 * `kontor-search-box >> input[role=combobox]`.
 */

const MAX_LENGTH = 240;

/** The selector of `element` inside its own tree: tag plus the most telling attribute. */
function local(element: Element): string {
  const tag = element.localName;
  if (tag.startsWith('kontor-')) {
    // A slot's name says which placement it is; other elements' names are product names,
    // which would split one component's measurements into thousands of targets.
    const name = tag === 'kontor-slot' ? element.getAttribute('name') : null;
    return name ? `${tag}[name="${name}"]` : tag;
  }
  if (element.id && !/\d{3,}|-[a-z0-9]{6,}/i.test(element.id)) return `${tag}#${element.id}`;
  for (const attribute of ['role', 'part', 'name', 'type']) {
    const value = element.getAttribute(attribute);
    if (value) return `${tag}[${attribute}=${value.split(/\s+/)[0]}]`;
  }
  const className = element.classList[0];
  return className ? `${tag}.${className}` : tag;
}

/** The nearest `kontor-*` ancestor within the same tree (slotted or light content of an element). */
function kontorAncestor(element: Element): Element | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (parent.localName.startsWith('kontor-')) return parent;
  }
  return null;
}

/**
 * The host-qualified selector of `node`: its hosts from the document down, each shadow
 * boundary written ` >> `. Null for nodes that are not elements.
 */
export function hostQualified(node: Node | null | undefined): string | null {
  let element: Element | null = node instanceof Element ? node : (node?.parentElement ?? null);
  if (!element) return null;
  const parts: string[] = [];
  while (element) {
    const ancestor = element.localName.startsWith('kontor-') ? null : kontorAncestor(element);
    parts.unshift(ancestor ? `${local(ancestor)} ${local(element)}` : local(element));
    const root = element.getRootNode();
    element = root instanceof ShadowRoot ? root.host : null;
  }
  const selector = parts.join(' >> ');
  return selector.length > MAX_LENGTH ? `…${selector.slice(-MAX_LENGTH)}` : selector;
}

let lastDeepTarget: Element | null = null;

/**
 * Remembers where the latest pointer or key event really happened (its composed path's
 * first element), which the browser's own entries retarget to the outermost host.
 */
export function followInteractions(): () => void {
  const remember = (event: Event): void => {
    const first = event.composedPath()[0];
    if (first instanceof Element) lastDeepTarget = first;
  };
  const types = ['pointerdown', 'keydown', 'click'] as const;
  for (const type of types) addEventListener(type, remember, { capture: true, passive: true });
  return () => {
    for (const type of types) removeEventListener(type, remember, { capture: true });
    lastDeepTarget = null;
  };
}

/**
 * The deepest element known for `node`: when `node` is a shadow host (as the browser
 * reports) and the latest interaction happened inside it, that inner element.
 */
export function deepen(node: Node | null): Node | null {
  const deep = lastDeepTarget;
  if (!(node instanceof Element) || !deep || !node.shadowRoot) return node;
  if (node.contains(deep)) return deep;
  let current: Element | null = deep;
  while (current) {
    if (current === node) return deep;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return node;
}

/** For web-vitals' `generateTarget`: the host-qualified selector of the deepest known element. */
export function generateTarget(node: Node | null): string | undefined {
  return hostQualified(deepen(node)) ?? undefined;
}
