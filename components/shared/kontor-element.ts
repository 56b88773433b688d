import { LitElement } from 'lit';
import { consume, ContextEvent } from '@lit/context';
import { state } from 'lit/decorators.js';
import { commerceContext, toCommerceError, whenConfigured, type Commerce, type CommerceError } from '../../src/index.js';
import { emit } from './events.js';

/**
 * Base class of Kontor's elements: receives the storefront from the nearest
 * `<kontor-storefront>` or the page-level provider, and reports failures uniformly.
 */
export class KontorElement extends LitElement {
  /** The storefront this element talks to; set by context, or directly for tests. */
  @consume({ context: commerceContext, subscribe: true })
  @state()
  commerce: Commerce | undefined;

  /** ElementInternals for custom states (`:state(loading)`), where supported. */
  protected readonly internals: ElementInternals | undefined = this.attachInternals?.();

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A shadow root that exists before the first render was declared in the page's HTML: a
    // server drew the element (see `renderListingSnapshot`).
    const declared = this.shadowRoot;
    if (!declared) return super.createRenderRoot();
    this.adoptServerRender(declared);
    const root = super.createRenderRoot();
    // Lit renders before the root's first node; what the server drew and is kept goes first.
    this.renderOptions.renderBefore = null;
    return root;
  }

  /**
   * Takes over what a server drew in a declarative shadow root. By default that is dropped:
   * the first render, in the same task and so before any paint, draws the element's own
   * loading state in its place. An element whose server copy is worth keeping on screen
   * until its live content is ready overrides this.
   */
  protected adoptServerRender(root: ShadowRoot): void {
    root.replaceChildren();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The loader defines elements while it configures the page-level storefront: one that
    // connects first asks before any provider (or its ContextRoot) listens, and is never
    // answered. It asks again once the page is configured.
    if (!this.commerce) void whenConfigured().then(() => this.#askAgain());
  }

  #askAgain(): void {
    if (this.commerce || !this.isConnected) return;
    this.dispatchEvent(
      new ContextEvent(commerceContext, this, (commerce: Commerce | undefined) => {
        this.commerce = commerce;
      }, true),
    );
  }

  /** Sets or clears a custom state such as `loading`, `empty` or `error`. */
  protected setCustomState(name: string, on: boolean): void {
    const states = this.internals?.states;
    if (!states) return;
    if (on) states.add(name);
    else states.delete(name);
  }

  /** Turns a failure into a typed error, fires `kontor-error` and returns it for display. */
  protected reportError(error: unknown, action: string): CommerceError {
    const commerceError = toCommerceError(error);
    emit(this, 'kontor-error', { error: commerceError, source: this.localName, action });
    return commerceError;
  }
}
