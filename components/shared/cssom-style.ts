import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** Style properties by their CSS names (`height`, `padding-inline-start`, `--kontor-x`). */
export type CssomStyles = Readonly<Record<string, string>>;

/**
 * Inline styles written through CSSOM (`style.setProperty`) on every render, as an element
 * binding: `<div ${cssomStyle({ height: '40px' })}>`. Lit's `styleMap` writes a `style`
 * attribute on its first render, which a Content Security Policy without
 * `style-src 'unsafe-inline'` blocks; CSSOM writes are allowed.
 */
class CssomStyleDirective extends Directive {
  #previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssomStyle() belongs inside a tag: <div ${cssomStyle({…})}>');
  }

  render(_styles: CssomStyles): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [CssomStyles]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(styles));
    return noChange;
  }
}

/** See {@link CssomStyleDirective}. */
export const cssomStyle = directive(CssomStyleDirective);
