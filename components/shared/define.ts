/**
 * Defines a custom element unless the tag is already taken. A page may load two copies of
 * the bundle (a CMS plugin and a theme, say); the second copy then reuses the first
 * definition instead of throwing.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
