import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  UnavailableError,
  createLocalAdapter,
  memoryTokenStorage,
  startReferenceWorker,
  withFaults,
  type Commerce,
  type CartLineInput,
  type CommerceAdapter,
  type Order,
  type Product,
} from '../../src/index.js';
import '../../components/order-history/order-history.js';
import type { KontorOrderHistory } from '../../components/order-history/order-history.js';
import { mount, shadowText, testCommerce, until } from './helpers/storefront.js';

// A database of its own: these tests move the backend's clock.
const worker = startReferenceWorker({ catalogSize: 2000, database: 'kontor-test-order-history' });
const adapter = (): CommerceAdapter => createLocalAdapter({ worker, tokenStorage: memoryTokenStorage() });
/** The cable assembly of the test catalog (2,000 SKUs): configured lines of one SKU. */
const CABLE = 'KT-101998';
// The head of purchasing orders without approval.
const HEAD = { email: 'leitung@mueller.example', password: 'demo' };

async function storefront(base: CommerceAdapter = adapter()): Promise<Commerce> {
  const commerce = await testCommerce({ adapter: base, loggedIn: false });
  await commerce.login(HEAD);
  const cart = await commerce.refreshCart();
  for (const line of cart?.lines ?? []) await commerce.removeCartLine(line.id);
  return commerce;
}

/** A product of whole pieces that two warehouses have, so a larger line ships in two parts. */
async function splittable(commerce: Commerce): Promise<{ product: Product; quantity: number }> {
  const hits = (await commerce.adapter.search({ limit: 200 })).hits.map((h) => h.product);
  for (const summary of hits) {
    if (summary.discontinued || summary.configurable || summary.quantity.fractional || summary.quantity.packSize !== 1 || summary.quantity.minQuantity !== 1) continue;
    const product = await commerce.adapter.getProduct(summary.sku);
    const [first, second] = [...product.stock].sort((a, b) => (a.warehouseId === 'wh-kassel' ? -1 : b.warehouseId === 'wh-kassel' ? 1 : 0));
    if (first && second && first.quantity > 0 && second.quantity > 20) return { product, quantity: first.quantity + 10 };
  }
  throw new Error('no product with stock in two warehouses');
}

async function place(commerce: Commerce, lines: CartLineInput[], poNumber: string): Promise<Order> {
  await commerce.addToCart(lines);
  const context = commerce.$session.get().value?.context;
  return commerce.placeOrder({ idempotencyKey: crypto.randomUUID(), billToId: context?.billToId ?? '', shipToId: context?.shipToId ?? '', partialDelivery: true, paymentMethod: 'card', poNumber });
}

function row(element: KontorOrderHistory, number: string): HTMLTableRowElement | undefined {
  return element.shadowRoot?.querySelector<HTMLTableRowElement>(`tr.order[data-order="${number}"]`) ?? undefined;
}

async function open(element: KontorOrderHistory, number: string): Promise<HTMLElement> {
  const found = await until(() => row(element, number), `the row of ${number}`);
  found.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
  return until(() => element.shadowRoot?.querySelector<HTMLElement>('tr.detail'), 'the order detail');
}

describe('<kontor-order-history>', () => {
  it('passes an axe check with an order opened', async () => {
    const commerce = await storefront();
    const { product } = await splittable(commerce);
    const order = await place(commerce, [{ sku: product.sku, quantity: 2 }], 'PO-AXE');
    const element = await mount<KontorOrderHistory>(html`<kontor-order-history></kontor-order-history>`, commerce);
    await open(element, order.number);
    await until(() => element.shadowRoot?.querySelector('dl.credit'), 'the credit summary');
    await expect(element).to.be.accessible();
  });

  it('shows a line split across two shipments, and the order moving on as the clock advances', async () => {
    const commerce = await storefront();
    const { product, quantity } = await splittable(commerce);
    const order = await place(commerce, [{ sku: product.sku, quantity }], 'PO-SPLIT');
    expect(order.shipments.length).to.equal(2);
    const element = await mount<KontorOrderHistory>(html`<kontor-order-history></kontor-order-history>`, commerce);
    let detail = await open(element, order.number);
    expect(detail.querySelectorAll('li.shipment').length).to.equal(2);
    expect(detail.textContent).to.contain('not shipped yet');
    expect(row(element, order.number)?.textContent).to.contain('Confirmed');

    // Both parts leave the day before they arrive, which is counted in working days: a day at
    // a time, at most a week whatever weekday this runs on, until both are on their way.
    for (let day = 0; day < 7 && (await commerce.adapter.getOrder(order.id)).status !== 'shipped'; day++) {
      await commerce.adapter.advanceDemoClock!(24);
    }
    expect((await commerce.adapter.getOrder(order.id)).status).to.equal('shipped');
    element.refresh();
    await until(() => row(element, order.number)?.textContent?.includes('Shipped'), 'the shipped status');
    detail = await until(() => element.shadowRoot?.querySelector<HTMLElement>('tr.detail'), 'the detail');
    const shipments = [...detail.querySelectorAll('li.shipment')].map((li) => li.textContent ?? '');
    expect(shipments).to.have.length(2);
    for (const text of shipments) expect(text).to.match(/shipped on .* tracking \S+/s);
    const cells = [...detail.querySelector('section table tbody tr')!.querySelectorAll('td')].map((td) => td.textContent?.trim());
    expect(cells[2]).to.equal(new Intl.NumberFormat('en').format(quantity));
    expect(cells[3]).to.equal(new Intl.NumberFormat('en').format(quantity));

    await commerce.adapter.advanceDemoClock!(24 * 2);
    element.refresh();
    await until(() => /Invoiced|Paid/.test(row(element, order.number)?.textContent ?? ''), 'the invoiced status');
    await until(() => element.shadowRoot?.querySelector('section.invoices tbody tr'), 'the invoice in the account list');
  });

  it('filters by PO number and status, and searches', async () => {
    const commerce = await storefront();
    const { product } = await splittable(commerce);
    const mark = `PO-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
    const order = await place(commerce, [{ sku: product.sku, quantity: 1 }], mark);
    const element = await mount<KontorOrderHistory>(html`<kontor-order-history></kontor-order-history>`, commerce);
    await until(() => row(element, order.number), 'the new order');
    const po = [...element.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent?.includes('PO number'))!.querySelector('input')!;
    po.value = mark;
    po.dispatchEvent(new Event('change'));
    await until(() => element.shadowRoot!.querySelectorAll('tr.order').length === 1 && row(element, order.number), 'only the marked order');
    const status = element.shadowRoot!.querySelector<HTMLSelectElement>('form.filters select')!;
    status.value = 'rejected';
    status.dispatchEvent(new Event('change'));
    await until(() => shadowText(element).includes('No orders match.'), 'the empty result');
  });

  it('reorders selected lines into the cart and fires kontor-reorder first', async () => {
    const commerce = await storefront();
    const { product } = await splittable(commerce);
    const order = await place(commerce, [{ sku: product.sku, quantity: 3 }], 'PO-REORDER');
    const element = await mount<KontorOrderHistory>(html`<kontor-order-history></kontor-order-history>`, commerce);
    const detail = await open(element, order.number);
    const seen: unknown[] = [];
    element.addEventListener('kontor-reorder', (e) => seen.push(e.detail));
    const box = detail.querySelector<HTMLInputElement>('tbody input[type=checkbox]')!;
    box.focus();
    await sendKeys({ press: 'Space' });
    const selected = [...detail.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Reorder selected (1)'));
    expect(selected).to.not.equal(undefined);
    selected!.click();
    await until(() => shadowText(element).includes('One line added to the cart.'), 'the confirmation');
    expect(seen).to.have.length(1);
    const detailOf = seen[0] as { order: Order; lines: unknown; target: string };
    expect(detailOf.order.id).to.equal(order.id);
    expect(detailOf.lines).to.deep.equal([{ sku: product.sku, quantity: 3 }]);
    expect(detailOf.target).to.equal('cart');
    expect(commerce.$cart.get().value?.lines.map((l) => [l.sku, l.quantity])).to.deep.equal([[product.sku, 3]]);
  });

  it('reorders each configured line as it was, never merged with another line of the same SKU', async function () {
    this.timeout(60_000);
    const commerce = await storefront();
    const long = { cores: '5g', section: '4', length: 25.5, plug: 'cee32', coupler: 'none' };
    const short = { ...long, length: 10 };
    await commerce.addToCart([{ sku: CABLE, quantity: 1, configuration: long }]);
    const order = await place(commerce, [{ sku: CABLE, quantity: 2, configuration: short }], 'PO-CONFIGURED');
    expect(order.lines.map((l) => l.sku)).to.deep.equal([CABLE, CABLE]);
    const element = await mount<KontorOrderHistory>(html`<kontor-order-history></kontor-order-history>`, commerce);
    const detail = await open(element, order.number);
    const boxes = detail.querySelectorAll<HTMLInputElement>('tbody input[type=checkbox]');
    boxes[1]!.click();
    await until(() => !boxes[0]!.checked && boxes[1]!.checked && shadowText(element).includes('Reorder selected (1)'), 'only the second line selected');
    [...detail.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Reorder selected (1)'))!.click();
    await until(() => shadowText(element).includes('One line added to the cart.'), 'the confirmation');
    const ordered = order.lines[1]!;
    expect(commerce.$cart.get().value?.lines.map((l) => [l.sku, l.quantity, l.configuration])).to.deep.equal([[CABLE, ordered.quantity, ordered.configuration]]);
    [...detail.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Reorder all'))!.click();
    await until(() => shadowText(element).includes('2 lines added to the cart.'), 'the second confirmation');
    const lines = commerce.$cart.get().value?.lines ?? [];
    expect(lines.map((l) => [l.quantity, l.configuration]), 'two lines, each with its own configuration').to.have.deep.members([
      [order.lines[0]!.quantity, order.lines[0]!.configuration],
      [ordered.quantity * 2, ordered.configuration],
    ]);
  });

  it('adds what is still sold and names discontinued and unknown SKUs, with the replacement', async () => {
    const base = adapter();
    const probe = await storefront(base);
    const hits = (await probe.adapter.search({ limit: 200 })).hits.map((h) => h.product);
    const replaced = hits.find((p) => p.discontinued?.replacementSku);
    if (!replaced?.discontinued?.replacementSku) throw new Error('the test catalog has no discontinued product with a replacement');
    const replacement = replaced.discontinued.replacementSku;
    const { product } = await splittable(probe);
    const order = await place(probe, [{ sku: product.sku, quantity: 2 }], 'PO-DISCONTINUED');
    const [line] = order.lines;
    // Orders from before the products went away: the history shows lines the catalog no longer sells.
    const aged = (o: Order): Order =>
      o.id === order.id ? { ...o, lines: [...o.lines, { ...line!, sku: replaced.sku, name: replaced.name }, { ...line!, sku: 'KT-999999', name: 'Old bracket' }] } : o;
    const commerce = await storefront(
      withFaults(base, (method) => (method === 'listOrders' ? { transform: (r) => (r as Order[]).map(aged) } : method === 'getOrder' ? { transform: (r) => aged(r as Order) } : undefined)),
    );
    const element = await mount<KontorOrderHistory>(html`<kontor-order-history></kontor-order-history>`, commerce);
    const detail = await open(element, order.number);
    [...detail.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Reorder all'))!.click();
    await until(() => shadowText(element).includes('One line added to the cart.'), 'the confirmation');
    const text = shadowText(element);
    expect(text).to.include(`${replaced.name} (${replaced.sku}) is no longer sold and was not added. Its replacement is ${replacement}.`);
    expect(text).to.include('Old bracket (KT-999999) is no longer in the catalog and was not added.');
    expect(commerce.$cart.get().value?.lines.map((l) => [l.sku, l.quantity])).to.deep.equal([[product.sku, 2]]);
  });

  it('lets a page cancel the reorder', async () => {
    const commerce = await storefront();
    const { product } = await splittable(commerce);
    const order = await place(commerce, [{ sku: product.sku, quantity: 1 }], 'PO-CANCEL');
    const element = await mount<KontorOrderHistory>(html`<kontor-order-history></kontor-order-history>`, commerce);
    const detail = await open(element, order.number);
    element.addEventListener('kontor-reorder', (e) => e.preventDefault());
    [...detail.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Reorder all'))!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(commerce.$cart.get().value?.lines ?? []).to.deep.equal([]);
  });

  it('shows a failed load with a retry, and keeps the filters', async () => {
    let fail = true;
    const base = withFaults(adapter(), (method) => (method === 'listOrders' && fail ? { failBefore: new UnavailableError('The order service is down.') } : undefined));
    const element = await mount<KontorOrderHistory>(html`<kontor-order-history></kontor-order-history>`, await storefront(base));
    await until(() => shadowText(element).includes('The order service is down.'), 'the error');
    await expect(element).to.be.accessible();
    fail = false;
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Try again'))!.click();
    await until(() => element.shadowRoot?.querySelector('table.orders') || shadowText(element).includes('No orders match.'), 'the list');
  });

  it('asks visitors to log in', async () => {
    const element = await mount<KontorOrderHistory>(html`<kontor-order-history></kontor-order-history>`, await testCommerce({ adapter: adapter(), loggedIn: false }));
    await until(() => shadowText(element).includes('Log in to see your orders.'), 'the login hint');
    await expect(element).to.be.accessible();
  });
});
