import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  ConflictError,
  NO_CAPABILITIES,
  createLocalAdapter,
  memoryTokenStorage,
  startReferenceWorker,
  withFaults,
  type Commerce,
  type CommerceAdapter,
  type Order,
} from '../../src/index.js';
import '../../components/approval-inbox/approval-inbox.js';
import '../../components/approval-inbox/approval-badge.js';
import type { KontorApprovalInbox } from '../../components/approval-inbox/approval-inbox.js';
import type { KontorApprovalBadge } from '../../components/approval-inbox/approval-badge.js';
import { mount, orderableProducts, shadowText, testCommerce, until } from './helpers/storefront.js';

// A database of its own: these tests place many orders over limits.
const worker = startReferenceWorker({ catalogSize: 2000, database: 'kontor-test-approval-inbox' });
const adapter = (): CommerceAdapter => createLocalAdapter({ worker, tokenStorage: memoryTokenStorage() });

const BUYER = { email: 'einkauf@mueller.example', password: 'demo' };
const LEAD = { email: 'freigabe@mueller.example', password: 'demo' };
const HEAD = { email: 'leitung@mueller.example', password: 'demo' };

async function storefrontAs(credentials: { email: string; password: string }, base: CommerceAdapter = adapter()): Promise<Commerce> {
  const commerce = await testCommerce({ adapter: base, loggedIn: false });
  await commerce.login(credentials);
  const cart = await commerce.refreshCart();
  for (const line of cart?.lines ?? []) await commerce.removeCartLine(line.id);
  return commerce;
}

/** The buyer places an order over the 2,500 EUR limit and gets it back. */
async function orderOverLimit(): Promise<Order> {
  const buyer = await storefrontAs(BUYER);
  const [product] = await orderableProducts(buyer, 1);
  if (!product) throw new Error('no product');
  const [quote] = await buyer.adapter.getPrices([{ sku: product.sku, quantity: product.quantity.packSize }]);
  const per = Math.max(1, quote?.unitNet.amountMinor ?? 1);
  const packs = Math.ceil(300000 / (per * product.quantity.packSize)) + 1;
  await buyer.addToCart([{ sku: product.sku, quantity: Math.max(product.quantity.minQuantity, packs * product.quantity.packSize) }]);
  const session = buyer.$session.get().value;
  const order = await buyer.placeOrder({
    idempotencyKey: crypto.randomUUID(),
    billToId: session?.context?.billToId ?? '',
    shipToId: session?.context?.shipToId ?? '',
    partialDelivery: true,
    paymentMethod: 'card',
    poNumber: 'PO-INBOX',
  });
  if (order.status !== 'pending-approval') throw new Error(`expected an order waiting for approval, got ${order.status}`);
  return order;
}

function requestItem(element: KontorApprovalInbox, orderNumber: string): HTMLElement | undefined {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>('li.request') ?? [])].find((li) => li.textContent?.includes(orderNumber));
}

async function openRequest(element: KontorApprovalInbox, orderNumber: string): Promise<HTMLElement> {
  const item = await until(() => requestItem(element, orderNumber), `the request of ${orderNumber}`);
  item.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
  await until(() => item.querySelector('.detail table'), 'the lines of the request');
  return item;
}

describe('<kontor-approval-inbox>', () => {
  it('passes an axe check with an opened request', async () => {
    const order = await orderOverLimit();
    const element = await mount<KontorApprovalInbox>(html`<kontor-approval-inbox></kontor-approval-inbox>`, await storefrontAs(LEAD));
    await openRequest(element, order.number);
    await expect(element).to.be.accessible();
  });

  it('shows the reason in words, and approves with the keyboard only', async () => {
    const order = await orderOverLimit();
    const element = await mount<KontorApprovalInbox>(html`<kontor-approval-inbox></kontor-approval-inbox>`, await storefrontAs(LEAD));
    const item = await until(() => requestItem(element, order.number), 'the request');
    expect(item.textContent).to.match(/Exceeds the order limit of €2,500\.00 by €[\d,.]+\./);
    expect(item.textContent).to.contain('Waiting for your decision');
    const toggle = item.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => item.querySelector('.detail textarea'), 'the decision form');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Fine for the plant' });
    await sendKeys({ press: 'Tab' });
    expect(item.querySelector('button.approve')?.matches(':focus')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => shadowText(element).includes(`Order ${order.number} approved.`), 'the confirmation');
    const [request] = (await element.commerce!.adapter.listApprovals()).filter((r) => r.orderId === order.id);
    expect(request?.status).to.equal('approved');
    expect(request?.decisions[0]?.comment).to.equal('Fine for the plant');
  });

  it('rejects with the keyboard only, and asks for a reason first', async () => {
    const order = await orderOverLimit();
    const element = await mount<KontorApprovalInbox>(html`<kontor-approval-inbox></kontor-approval-inbox>`, await storefrontAs(LEAD));
    const item = await openRequest(element, order.number);
    item.querySelector<HTMLButtonElement>('button.reject')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => item.querySelector('[role=alert]')?.textContent?.includes('say why'), 'the request for a reason');
    expect(item.querySelector('textarea')?.matches(':focus')).to.equal(true);
    await sendKeys({ type: 'Use the framework contract' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => shadowText(element).includes(`Order ${order.number} rejected.`), 'the rejection');
  });

  it('says so when someone else decided first, and shows the current state', async () => {
    const order = await orderOverLimit();
    const lead = await storefrontAs(LEAD);
    const element = await mount<KontorApprovalInbox>(html`<kontor-approval-inbox scope="all" status="all"></kontor-approval-inbox>`, lead);
    const item = await openRequest(element, order.number);
    const head = await storefrontAs(HEAD);
    await head.adapter.decideApproval(order.approvalId!, { decision: 'reject', comment: 'No' });
    item.querySelector<HTMLButtonElement>('button.approve')!.click();
    await until(() => shadowText(element).includes('Someone else decided this request first'), 'the conflict message');
    await until(() => requestItem(element, order.number)?.textContent?.includes('Rejected'), 'the current state');
  });

  it('approves several requests at once', async () => {
    const [a, b] = [await orderOverLimit(), await orderOverLimit()];
    const element = await mount<KontorApprovalInbox>(html`<kontor-approval-inbox></kontor-approval-inbox>`, await storefrontAs(LEAD));
    for (const order of [a, b]) {
      const item = await until(() => requestItem(element, order.number), 'a request');
      item.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    }
    const bulk = element.shadowRoot!.querySelector<HTMLButtonElement>('.bulk button')!;
    expect(bulk.textContent).to.match(/Approve selected \((\d+)\)/);
    bulk.click();
    await until(() => /\d+ requests approved\./.test(shadowText(element)), 'the bulk confirmation');
    const statuses = (await element.commerce!.adapter.listApprovals()).filter((r) => r.orderId === a.id || r.orderId === b.id).map((r) => r.status);
    expect(statuses).to.deep.equal(['approved', 'approved']);
  });

  it('shows buyers their own requests with who has to act', async () => {
    const order = await orderOverLimit();
    const element = await mount<KontorApprovalInbox>(html`<kontor-approval-inbox></kontor-approval-inbox>`, await storefrontAs(BUYER));
    const item = await until(() => requestItem(element, order.number), 'the buyer’s request');
    expect(item.textContent).to.contain('Waiting for Dr. Petra Lang, Klaus Müller');
    expect(item.querySelector('input[type=checkbox]')).to.equal(null);
    await openRequest(element, order.number);
    expect(item.querySelector('button.approve')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('explains that a backend without approvals has none', async () => {
    const base = withFaults(adapter(), (method) =>
      method === 'info' ? { transform: (info) => ({ ...(info as object), capabilities: { ...NO_CAPABILITIES, demoUsers: true } }) } : undefined,
    );
    const element = await mount<KontorApprovalInbox>(html`<kontor-approval-inbox></kontor-approval-inbox>`, await storefrontAs(BUYER, base));
    await until(() => shadowText(element).includes('does not use approvals'), 'the explanation');
    await expect(element).to.be.accessible();
  });

  it('shows a failed load with a retry', async () => {
    let fail = true;
    const base = withFaults(adapter(), (method) => (method === 'listApprovals' && fail ? { failBefore: new ConflictError('The approval list is busy.') } : undefined));
    const element = await mount<KontorApprovalInbox>(html`<kontor-approval-inbox></kontor-approval-inbox>`, await storefrontAs(LEAD, base));
    await until(() => shadowText(element).includes('The approval list is busy.'), 'the error');
    fail = false;
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Try again'))!.click();
    await until(() => !shadowText(element).includes('busy'), 'the list after retrying');
  });
});

describe('<kontor-approval-badge>', () => {
  it('counts what waits for the approver and follows decisions made in the inbox', async () => {
    const order = await orderOverLimit();
    const lead = await storefrontAs(LEAD);
    const badge = await mount<KontorApprovalBadge>(html`<kontor-approval-badge href="/approvals"></kontor-approval-badge>`, lead);
    const count = async () => Number((await until(() => badge.shadowRoot?.querySelector('.count'), 'the count')).textContent);
    const before = await count();
    await expect(badge).to.be.accessible();
    expect(before).to.be.greaterThan(0);
    expect(badge.shadowRoot!.querySelector('a')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Approvals${before}(${before} waiting for you)`);
    const { approvalInboxOf } = await import('../../src/index.js');
    await approvalInboxOf(lead).decide(order.approvalId!, { decision: 'approve' });
    await until(() => (before === 1 ? !badge.shadowRoot?.querySelector('.count') : Number(badge.shadowRoot?.querySelector('.count')?.textContent) === before - 1), 'one less');
  });
});
