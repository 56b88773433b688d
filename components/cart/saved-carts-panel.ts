import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AsyncValue, SavedCart } from '../../src/index.js';

/** What the saved carts panel needs from the element. */
export interface SavedCartsView {
  readonly list: AsyncValue<readonly SavedCart[]> | undefined;
  readonly userId: string;
  readonly canSave: boolean;
  readonly message: string;
  readonly error: string;
  onOpen(): void;
  onSave(name: string, shared: boolean): void;
  onRestore(saved: SavedCart): void;
  onDelete(saved: SavedCart): void;
  onShare(saved: SavedCart, shared: boolean): void;
}

function savedRow(view: SavedCartsView, saved: SavedCart): TemplateResult {
  const mine = saved.owner.userId === view.userId;
  const count = saved.lines.length;
  const owner = saved.owner.name;
  return html`<li>
    <span>
      <strong>${saved.name}</strong>
      <span class="sku">${msg(str`${count} lines`, { id: 'cart-line-count' })} · ${mine ? msg('yours', { id: 'saved-cart-mine' }) : msg(str`shared by ${owner}`, { id: 'saved-cart-shared-by' })}</span>
    </span>
    <span class="row">
      <button class="button secondary" aria-label=${msg(str`Add ${saved.name} to the cart`, { id: 'saved-cart-restore-label' })} @click=${() => view.onRestore(saved)}>
        ${msg('Add to cart', { id: 'add-to-cart' })}
      </button>
      ${mine
        ? html`<label class="check"
              ><input type="checkbox" .checked=${saved.shared} @change=${(e: Event) => view.onShare(saved, (e.target as HTMLInputElement).checked)} />
              ${msg('Shared', { id: 'saved-cart-shared' })}</label
            >
            <button class="button secondary" aria-label=${msg(str`Delete ${saved.name}`, { id: 'saved-cart-delete-label' })} @click=${() => view.onDelete(saved)}>
              ${msg('Delete', { id: 'saved-cart-delete' })}
            </button>`
        : nothing}
    </span>
  </li>`;
}

function onSubmit(view: SavedCartsView, event: SubmitEvent): void {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const name = (form.elements.namedItem('name') as HTMLInputElement).value;
  const shared = (form.elements.namedItem('shared') as HTMLInputElement).checked;
  view.onSave(name, shared);
}

/** Saved carts and requisition lists: save the cart under a name, share it, restore one. */
export function renderSavedCarts(view: SavedCartsView): TemplateResult {
  const list = view.list?.value ?? [];
  return html`<details class="saved" part="saved-carts" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && view.onOpen()}>
    <summary>${msg('Saved carts and requisition lists', { id: 'saved-carts' })}</summary>
    ${view.canSave
      ? html`<form class="save-form" @submit=${(e: SubmitEvent) => onSubmit(view, e)} novalidate>
          <label>${msg('Save this cart as', { id: 'saved-cart-name' })}
            <input class="input" name="name" maxlength="100" required autocomplete="off" />
          </label>
          <label class="check"><input type="checkbox" name="shared" /> ${msg('Share with my company', { id: 'saved-cart-share' })}</label>
          <button class="button secondary" type="submit">${msg('Save cart', { id: 'saved-cart-save' })}</button>
        </form>`
      : nothing}
    <p class="message error" role="alert">${view.error}</p>
    <p class="message" role="status">${view.message}</p>
    ${view.list?.status === 'loading' && list.length === 0
      ? html`<p aria-busy="true">${msg('Loading saved carts…', { id: 'saved-carts-loading' })}</p>`
      : list.length === 0 && view.list?.status === 'ready'
        ? html`<p>${msg('No saved carts yet.', { id: 'saved-carts-empty' })}</p>`
        : html`<ul class="saved-list">${list.map((saved) => savedRow(view, saved))}</ul>`}
  </details>`;
}
