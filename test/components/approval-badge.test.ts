import { expect, html } from '@open-wc/testing';
import { createCommerce, createLocalAdapter, memoryTokenStorage, startReferenceWorker, type Commerce } from '../../src/index.js';
import '../../components/approval-inbox/approval-badge.js';
import type { KontorApprovalBadge } from '../../components/approval-inbox/approval-badge.js';
import { mount, orderableProducts, until } from './helpers/storefront.js';

const worker = startReferenceWorker({ catalogSize: 2000, database: 'kontor-test-approval-badge' });
const storefront = (): Commerce => createCommerce(createLocalAdapter({ worker, tokenStorage: memoryTokenStorage() }));

const BUYER = { email: 'einkauf@mueller.example', password: 'demo' };
const LEAD = { email: 'freigabe@mueller.example', password: 'demo' };

/** An order over the buyer's limit, so the lead has a request to decide. */
async function requestApproval(): Promise<void> {
  const buyer = storefront();
  await buyer.ready();
  await buyer.login(BUYER);
  const cart = await buyer.refreshCart();
  for (const line of cart?.lines ?? []) await buyer.removeCartLine(line.id);
  const [product] = await orderableProducts(buyer, 1);
  const [quote] = await buyer.adapter.getPrices([{ sku: product!.sku, quantity: product!.quantity.packSize }]);
  const packs = Math.ceil(300000 / (Math.max(1, quote?.unitNet.amountMinor ?? 1) * product!.quantity.packSize)) + 1;
  await buyer.addToCart([{ sku: product!.sku, quantity: product!.quantity.packSize * packs }]);
  const context = buyer.$session.get().value?.context;
  const order = await buyer.placeOrder({ idempotencyKey: crypto.randomUUID(), billToId: context?.billToId ?? '', shipToId: context?.shipToId ?? '', partialDelivery: true, paymentMethod: 'card' });
  if (order.status !== 'pending-approval') throw new Error(`expected an order waiting for approval, got ${order.status}`);
}

/** A header row as a CMS theme has it: links in a flex row, the badge among them. */
const nav = (badge: unknown) => html`<nav style="display:flex;gap:16px;font:16px/normal system-ui">
  <a href="#a">Quick order</a>${badge}<a href="#b" id="after">My account</a>
</nav>`;

describe('<kontor-approval-badge> layout', () => {
  it('passes an axe check and keeps its box from first paint to a count (no layout shift)', async function () {
    this.timeout(60_000);
    await requestApproval();
    const lead = storefront();
    const host = await mount<HTMLElement>(nav(html`<kontor-approval-badge href="#inbox">Approvals</kontor-approval-badge>`), lead);
    const badge = host.querySelector<KontorApprovalBadge>('kontor-approval-badge')!;
    const after = host.querySelector<HTMLElement>('#after')!;
    // Before the storefront is ready: the label alone, as the page painted it.
    const box = badge.getBoundingClientRect();
    const next = after.getBoundingClientRect();
    await lead.ready();
    await lead.login(LEAD);
    const count = await until(() => badge.shadowRoot!.querySelector('.count'), 'the count');
    expect(Number(count.textContent)).to.be.greaterThan(0);
    await expect(badge).to.be.accessible();
    const now = badge.getBoundingClientRect();
    expect([now.x, now.y, now.width, now.height], 'the badge’s box').to.deep.equal([box.x, box.y, box.width, box.height]);
    const nextNow = after.getBoundingClientRect();
    expect([nextNow.x, nextNow.y], 'the link after it').to.deep.equal([next.x, next.y]);
    expect(badge.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('#inbox');
  });

  it('takes the same box as the label the page wrote before the element was defined', async () => {
    const lead = storefront();
    const host = await mount<HTMLElement>(
      html`<div>${nav(html`<kontor-approval-badge href="#inbox">Approvals</kontor-approval-badge>`)}${nav(html`<span>Approvals</span>`)}</div>`,
      lead,
    );
    await lead.ready();
    const [badge, plain] = [host.querySelector('kontor-approval-badge')!, host.querySelector('nav:last-child span')!].map((e) => e.getBoundingClientRect());
    expect([badge!.width, badge!.height]).to.deep.equal([plain!.width, plain!.height]);
  });
});
