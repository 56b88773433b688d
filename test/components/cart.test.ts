import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { UnavailableError, createCommerce, createDurableStore, memoryStore, withFaults, type Commerce, type KeyValueStore } from '../../src/index.js';
import type { FaultRule } from '../../src/adapters/fault/fault-adapter.js';
import '../../components/cart/cart.js';
import type { KontorCart } from '../../components/cart/cart.js';
import { useLocale } from '../../components/shared/localization.js';
import { mount, orderableProducts, shadowText, testAdapter, testCommerce, until } from './helpers/storefront.js';

type Options = Parameters<typeof testCommerce>[0];

async function filledCart(options: Options = {}, count = 2) {
  const commerce = await testCommerce(options);
  const products = await orderableProducts(commerce, count);
  await commerce.addToCart(products.map((p) => ({ sku: p.sku, quantity: Math.max(p.quantity.minQuantity, p.quantity.packSize) })));
  return { commerce, products };
}

const $ = <T extends Element>(element: KontorCart, selector: string): T | null => element.shadowRoot!.querySelector<T>(selector);

function button(element: KontorCart, text: string): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim().startsWith(text));
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

async function toReview(element: KontorCart): Promise<void> {
  await until(() => $(element, 'table'), 'the cart lines');
  button(element, 'Continue to order details').click();
  await until(() => $(element, 'input[name=poNumber]'), 'the details step');
  button(element, 'Continue to review').click();
  await until(() => $(element, '.shipments'), 'the review step with shipments');
}

const submit = (element: KontorCart) => button(element, 'Place order').click();
const orderCount = async (commerce: Commerce) => (await commerce.adapter.listOrders({ limit: 200 })).length;
const settled = (element: KontorCart) =>
  until(() => !element.matches(':state(placing)') && (shadowText(element).includes('received') || $(element, 'p.message.error')?.textContent?.trim()), 'the attempt to settle');

/** Tabs forward until `predicate` holds for the focused element of the cart's shadow root. */
async function tabTo(element: KontorCart, predicate: (focused: Element) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const focused = element.shadowRoot!.activeElement;
    if (focused && predicate(focused)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

const isButton = (text: string) => (el: Element) => el.tagName === 'BUTTON' && el.textContent!.trim().startsWith(text);

describe('<kontor-cart>', () => {
  it('passes an axe check in every step and in the confirmation', async () => {
    const { commerce } = await filledCart();
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    await until(() => $(element, '.availability'), 'availability per line');
    await expect(element).to.be.accessible();
    button(element, 'Continue to order details').click();
    await until(() => $(element, 'input[name=poNumber]'), 'the details step');
    await expect(element).to.be.accessible();
    button(element, 'Continue to review').click();
    await until(() => $(element, '.shipments'), 'the review step');
    await expect(element).to.be.accessible();
    submit(element);
    await until(() => shadowText(element).includes('received'), 'the confirmation');
    await expect(element).to.be.accessible();
  });

  it('checks out with the keyboard alone, focusing each step’s heading', async () => {
    const { commerce } = await filledCart();
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    await until(() => $(element, 'table'), 'the cart lines');
    $<HTMLInputElement>(element, 'input.qty')!.focus();
    await tabTo(element, isButton('Continue to order details'), 'the continue button');
    await sendKeys({ press: 'Enter' });
    await until(() => element.shadowRoot!.activeElement?.classList.contains('step-heading'), 'focus on the details heading');
    await tabTo(element, (el) => el.getAttribute('name') === 'poNumber', 'the PO field');
    await sendKeys({ type: 'PO-KEYS-1' });
    await tabTo(element, (el) => el.getAttribute('name') === 'partialDelivery', 'the partial delivery box');
    await sendKeys({ press: 'Space' });
    await tabTo(element, isButton('Continue to review'), 'continue to review');
    await sendKeys({ press: 'Enter' });
    await until(() => $(element, '.shipments'), 'the review step');
    await tabTo(element, isButton('Place order'), 'the place order button');
    await sendKeys({ press: 'Enter' });
    await until(() => shadowText(element).includes('received'), 'the confirmation');
    const [order] = await commerce.adapter.listOrders({ limit: 1 });
    expect(order?.poNumber).to.equal('PO-KEYS-1');
    expect(order?.partialDelivery).to.equal(false);
    await until(() => element.shadowRoot!.activeElement?.classList.contains('step-heading'), 'focus on the confirmation');
  });

  it('shows availability per line with warehouse and lead time, and shipments before ordering', async () => {
    const { commerce } = await filledCart();
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    const availability = await until(() => $(element, '.availability'), 'availability');
    expect(availability.textContent).to.match(/(Kassel|Linz|Basel)/);
    await toReview(element);
    const context = commerce.$session.get().value!.context!;
    const preview = await commerce.adapter.previewCheckout!({ billToId: context.billToId, shipToId: context.shipToId, partialDelivery: true, paymentMethod: 'invoice' });
    const shipments = $(element, '.shipments')!.textContent!;
    for (const shipment of preview.shipments) expect(shipments).to.contain(shipment.warehouseName);
  });

  it('changes a quantity and a note, explains a bad quantity, and removes a line with undo', async () => {
    const { commerce, products } = await filledCart();
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    const input = await until(() => $<HTMLInputElement>(element, 'input.qty'), 'a quantity field');
    const first = commerce.$cart.get().value!.lines[0]!;
    input.value = String(first.quantity * 2);
    input.dispatchEvent(new Event('change'));
    await until(() => commerce.$cart.get().value?.lines[0]?.quantity === first.quantity * 2, 'the new quantity');
    input.value = 'abc';
    input.dispatchEvent(new Event('change'));
    await until(() => $(element, 'input.qty[aria-invalid=true]'), 'the quantity flagged');
    expect(shadowText(element)).to.contain('Enter a quantity above zero');

    const note = $<HTMLInputElement>(element, '.note input')!;
    note.value = 'Deliver to gate 3';
    note.dispatchEvent(new Event('change'));
    await until(() => commerce.$cart.get().value?.lines[0]?.note === 'Deliver to gate 3', 'the note saved');

    button(element, 'Remove').click();
    await until(() => commerce.$cart.get().value?.lines.length === products.length - 1, 'one line less');
    const undo = await until(() => $<HTMLButtonElement>(element, '.undo button'), 'the undo offer');
    expect(element.shadowRoot!.activeElement).to.equal(undo);
    undo.click();
    await until(() => commerce.$cart.get().value?.lines.length === products.length, 'the line back');
    const back = commerce.$cart.get().value!.lines.find((l) => l.sku === first.sku)!;
    expect(back.quantity).to.equal(first.quantity * 2);
    expect(back.note).to.equal('Deliver to gate 3');
  });

  it('explains a quantity against the product’s rules before sending it, and offers the fix', async () => {
    const commerce = await testCommerce();
    const hits = (await commerce.adapter.search({ limit: 200 })).hits.filter((h) => !h.product.discontinued && !h.product.configurable && h.product.quantity.packSize > 1 && !h.product.quantity.fractional);
    const product = hits[0]!.product;
    const pack = product.quantity.packSize;
    const start = Math.max(product.quantity.minQuantity, pack);
    await commerce.addToCart([{ sku: product.sku, quantity: start }]);
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    const input = await until(() => $<HTMLInputElement>(element, 'input.qty'), 'the quantity field');
    const version = commerce.$cart.get().value!.version;
    input.value = String(start + 1);
    input.dispatchEvent(new Event('change'));
    await until(() => $(element, '.fix'), 'the offered fix');
    expect(shadowText(element)).to.contain('Sold in packs');
    expect(commerce.$cart.get().value!.version, 'nothing was sent').to.equal(version);
    await expect(element).to.be.accessible();
    $<HTMLButtonElement>(element, '.fix')!.click();
    await until(() => commerce.$cart.get().value?.lines[0]?.quantity === start + pack, 'the accepted quantity');
    await until(() => !$(element, '.fix'), 'the fix gone');
  });

  it('saves the cart under a name and adds a saved cart back', async () => {
    const { commerce, products } = await filledCart();
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    const details = await until(() => $<HTMLDetailsElement>(element, 'details.saved'), 'the saved carts panel');
    details.open = true;
    const name = await until(() => $<HTMLInputElement>(element, '.save-form input[name=name]'), 'the name field');
    const label = `Weekly ${crypto.randomUUID().slice(0, 8)}`;
    name.value = label;
    button(element, 'Save cart').click();
    await until(() => shadowText(element).includes(`Saved as “${label}”`), 'the saved message');
    await until(() => shadowText(element).includes(label), 'the saved cart listed');
    for (const line of commerce.$cart.get().value!.lines) await commerce.removeCartLine(line.id);
    await until(() => shadowText(element).includes('Your cart is empty'), 'the empty cart');
    const restore = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.saved-list button')].find((b) => b.getAttribute('aria-label') === `Add ${label} to the cart`)!;
    restore.click();
    await until(() => commerce.$cart.get().value?.lines.length === products.length, 'the lines back');
  });

  it('shows the backend’s totals exactly, across VAT rates, currencies and contract prices', async () => {
    const commerce = await testCommerce();
    const contexts = [
      { accountId: 'acc-mueller-de', shipToId: 'ad-mueller-de-plant1', currency: 'EUR', rate: 0.19 },
      { accountId: 'acc-mueller-de', shipToId: 'ad-mueller-de-linz', currency: 'EUR', rate: 0.2 },
      { accountId: 'acc-mueller-ch', shipToId: 'ad-mueller-ch-basel', currency: 'CHF', rate: 0.081 },
    ];
    for (const context of contexts) {
      await commerce.setContext({ accountId: context.accountId });
      await commerce.setContext({ shipToId: context.shipToId });
      for (const line of (await commerce.refreshCart())?.lines ?? []) await commerce.removeCartLine(line.id);
      const hits = (await commerce.adapter.search({ limit: 60 })).hits.filter((h) => !h.product.discontinued && !h.product.configurable);
      const contract = hits.filter((h) => h.price.source === 'contract').slice(0, 2);
      const other = hits.filter((h) => h.price.source !== 'contract').slice(0, 2);
      expect(contract.length, `contract prices in ${context.accountId}`).to.be.greaterThan(0);
      // Odd quantities make rounding visible if anyone recomputed.
      await commerce.addToCart([...contract, ...other].map((h, i) => ({ sku: h.product.sku, quantity: h.product.quantity.packSize * (3 + i * 7) + Math.max(0, h.product.quantity.minQuantity - h.product.quantity.packSize) })));
      const cart = commerce.$cart.get().value!;
      expect(cart.totals.net.currency).to.equal(context.currency);
      expect(cart.totals.vat.map((v) => v.rate)).to.deep.equal([context.rate]);
      const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
      const format = (minor: number) => new Intl.NumberFormat('en', { style: 'currency', currency: context.currency }).format(minor / 100);
      const totals = (await until(() => $(element, '.totals'), 'the totals')).textContent!;
      expect(totals).to.contain(format(cart.totals.net.amountMinor)).and.contain(format(cart.totals.gross.amountMinor));
      for (const vat of cart.totals.vat) expect(totals).to.contain(format(vat.amount.amountMinor));
      await toReview(element);
      const reviewTotals = $(element, '.totals')!.textContent!;
      expect(reviewTotals).to.contain(format(cart.totals.gross.amountMinor));
      submit(element);
      await until(() => shadowText(element).includes('received'), 'the confirmation');
      const [order] = await commerce.adapter.listOrders({ limit: 1 });
      expect(order!.totals).to.deep.equal(cart.totals);
      element.parentElement!.remove();
    }
  });

  it('says before ordering that an order needs approval, and why in the confirmation', async () => {
    const commerce = await testCommerce();
    const limit = commerce.$session.get().value!.user!.spendingLimit!;
    const [hit] = (await commerce.adapter.search({ limit: 40, sort: 'price-desc' })).hits.filter((h) => !h.product.discontinued && !h.product.configurable);
    const rules = hit!.product.quantity;
    const units = Math.ceil((limit.amountMinor + 1) / Math.max(1, hit!.price.unitNet.amountMinor));
    await commerce.addToCart([{ sku: hit!.product.sku, quantity: Math.max(rules.minQuantity, Math.ceil(units / rules.packSize) * rules.packSize) }]);
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    await toReview(element);
    await until(() => shadowText(element).includes('will need approval'), 'the approval note');
    expect($(element, '.approval-note')!.textContent).to.contain('order limit');
    await expect(element).to.be.accessible();
    submit(element);
    await until(() => shadowText(element).includes('Waiting for approval'), 'the pending status');
    await until(() => $(element, '.confirmation .reasons li'), 'the reason in the confirmation');
    expect($(element, '.confirmation .reasons')!.textContent).to.contain('order limit');
  });

  it('places exactly one order on a double click', async () => {
    const { commerce } = await filledCart();
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    await toReview(element);
    const before = await orderCount(commerce);
    const placed: string[] = [];
    element.addEventListener('kontor-order-placed', (e) => placed.push(e.detail.order.number));
    submit(element);
    submit(element);
    await until(() => shadowText(element).includes('received'), 'the confirmation');
    expect(await orderCount(commerce)).to.equal(before + 1);
    expect(placed).to.have.length(1);
    expect(shadowText(element)).to.contain(placed[0]);
  });

  it('lets a listener cancel the order through kontor-checkout', async () => {
    const { commerce } = await filledCart();
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    await toReview(element);
    const before = await orderCount(commerce);
    element.addEventListener('kontor-checkout', (e) => e.preventDefault(), { once: true });
    submit(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await orderCount(commerce)).to.equal(before);
    expect(shadowText(element)).not.to.contain('received');
  });

  describe('faults at the adapter boundary: exactly one order or none, the buyer told which, the cart kept', () => {
    interface Fault {
      readonly name: string;
      readonly rule: (active: () => boolean) => FaultRule;
      /** Orders expected right after the failing attempt. */
      readonly ordersAfterFault: 0 | 1;
      readonly told: RegExp;
    }
    const lost = () => new UnavailableError('The shop service cannot be reached right now.');
    const faults: Fault[] = [
      { name: 'latency', rule: (on) => (m) => (m === 'placeOrder' && on() ? { delayMs: 300 } : undefined), ordersAfterFault: 1, told: /received/ },
      // A 5xx may come after the commit, so the store re-sends (same key) rather than guess.
      { name: '5xx', rule: (on) => (m) => (m === 'placeOrder' && on() ? { failBefore: new UnavailableError('The shop service answered with status 503.') } : undefined), ordersAfterFault: 1, told: /received/ },
      { name: 'timeout before the request reaches the backend, which commits it later', rule: (on) => (m) => (m === 'placeOrder' && on() ? { timeoutMs: 1, lateByMs: 300 } : undefined), ordersAfterFault: 1, told: /received/ },
      { name: 'timeout after the backend committed', rule: (on) => (m) => (m === 'placeOrder' && on() ? { delayMs: 200, failAfter: new UnavailableError('The request timed out.') } : undefined), ordersAfterFault: 1, told: /arrived, once/ },
      { name: 'connection lost after commit', rule: (on) => (m) => (m === 'placeOrder' && on() ? { failAfter: lost() } : undefined), ordersAfterFault: 1, told: /arrived, once/ },
    ];
    for (const fault of faults) {
      it(fault.name, async () => {
        // Each fault strikes the first order request only, as a dropped connection would.
        let active = true;
        const adapter = withFaults(testAdapter(), fault.rule(() => {
          const now = active;
          active = false;
          return now;
        }));
        const { commerce, products } = await filledCart({ adapter });
        const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
        await toReview(element);
        const before = await orderCount(commerce);
        const told: string[] = [];
        const watch = new MutationObserver(() => told.push(shadowText(element)));
        watch.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
        submit(element);
        await settled(element);
        watch.disconnect();
        expect(shadowText(element)).to.match(fault.told);
        expect(told.some((text) => text.includes('No order was placed')), 'an open outcome is never reported as no order').to.equal(false);
        expect(await orderCount(commerce)).to.equal(before + fault.ordersAfterFault);
        if (fault.ordersAfterFault === 0) {
          expect(commerce.$cart.get().value?.lines.length, 'the cart is kept').to.equal(products.length);
          submit(element);
          await until(() => shadowText(element).includes('received'), 'the confirmation after the retry');
          expect(await orderCount(commerce)).to.equal(before + 1);
        }
      });
    }

    it('offline: says it is checking, keeps the cart, ignores a second click, and settles once back online', async () => {
      let offline = false;
      const adapter = withFaults(testAdapter(), () => (offline ? { failBefore: lost() } : undefined));
      const { commerce, products } = await filledCart({ adapter });
      const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
      await toReview(element);
      const before = await orderCount(commerce);
      offline = true;
      submit(element);
      await until(() => shadowText(element).includes('checking whether your order went through'), 'the open outcome');
      expect(commerce.$cart.get().value?.lines.length, 'the cart is kept').to.equal(products.length);
      $<HTMLButtonElement>(element, 'button.place')!.click();
      offline = false;
      window.dispatchEvent(new Event('online'));
      await until(() => shadowText(element).includes('received'), 'the confirmation');
      expect(await orderCount(commerce)).to.equal(before + 1);
    });

    it('offline after the commit: checking again finds the one order', async () => {
      let mode: 'up' | 'lose-reply' | 'down' = 'up';
      const adapter = withFaults(testAdapter(), (method) => {
        if (mode === 'lose-reply' && method === 'placeOrder') {
          mode = 'down';
          return { failAfter: lost() };
        }
        return mode === 'down' ? { failBefore: lost() } : undefined;
      });
      const { commerce } = await filledCart({ adapter });
      const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
      await toReview(element);
      const before = await orderCount(commerce);
      mode = 'lose-reply';
      submit(element);
      await until(() => shadowText(element).includes('checking whether your order went through'), 'the open outcome');
      mode = 'up';
      button(element, 'Check whether the order arrived').click();
      await until(() => shadowText(element).includes('arrived, once'), 'the recovered order');
      expect(await orderCount(commerce)).to.equal(before + 1);
    });
  });

  it('says when the order preview cannot be loaded, and loads it again on request', async () => {
    let failing = true;
    const adapter = withFaults(testAdapter(), (method) => (method === 'previewCheckout' && failing ? { failBefore: new UnavailableError('The shop service answered with status 502.') } : undefined));
    const { commerce } = await filledCart({ adapter });
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    await until(() => $(element, 'table'), 'the cart lines');
    button(element, 'Continue to order details').click();
    await until(() => $(element, 'input[name=poNumber]'), 'the details step');
    button(element, 'Continue to review').click();
    await until(() => shadowText(element).includes('status 502'), 'the preview error');
    await expect(element).to.be.accessible();
    failing = false;
    button(element, 'Try again').click();
    await until(() => $(element, '.shipments'), 'the shipments after the retry');
  });

  it('shows the cart kept on this device when the shop cannot be reached', async () => {
    const storage = createDurableStore(memoryStore());
    const { commerce: first } = await filledCart();
    // The page before the reload keeps the cart on the device…
    const before = createCommerce(first.adapter, { storage });
    await before.ready();
    expect(before.$cart.get().value?.lines.length).to.equal(2);
    // …and after it, the shop is down.
    const down = withFaults(first.adapter, (method) => (method === 'getCart' ? { failBefore: new UnavailableError('The shop service cannot be reached right now.') } : undefined));
    const reloaded = createCommerce(down, { storage });
    await reloaded.ready();
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, reloaded);
    await until(() => shadowText(element).includes('Showing the cart kept on this device'), 'the offline note');
    expect(element.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(2);
    expect(element.matches(':state(offline)')).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('warns when the device cannot store the cart and keeps working in memory', async () => {
    const full: KeyValueStore = {
      get: async () => undefined,
      set: async () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      delete: async () => undefined,
    };
    const { commerce: base } = await filledCart({}, 1);
    const commerce = createCommerce(base.adapter, { storage: createDurableStore(full) });
    await commerce.ready();
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    await until(() => shadowText(element).includes('storage is full'), 'the storage warning');
    expect(element.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(1);
    await expect(element).to.be.accessible();
  });

  it('speaks German, backend messages included', async () => {
    const { commerce } = await filledCart();
    document.documentElement.lang = 'de';
    await useLocale('de');
    try {
      const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
      await until(() => $(element, '.availability'), 'availability');
      expect(shadowText(element)).to.contain('Weiter zu den Bestelldaten').and.match(/Vorrätig|Nicht vorrätig|Teilweise vorrätig/);
      const cart = commerce.$cart.get().value!;
      expect($(element, '.totals')!.textContent).to.contain(new Intl.NumberFormat('de', { style: 'currency', currency: cart.totals.net.currency }).format(cart.totals.gross.amountMinor / 100));
      const input = $<HTMLInputElement>(element, 'input.qty')!;
      input.value = '0';
      input.dispatchEvent(new Event('change'));
      await until(() => shadowText(element).includes('Geben Sie eine Menge über null ein'), 'the German quantity hint');
      await expect(element).to.be.accessible();
    } finally {
      document.documentElement.lang = 'en';
      await useLocale('en');
    }
  });

  it('asks a logged-out visitor to log in', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    await until(() => shadowText(element).includes('Log in'), 'the login hint');
    await expect(element).to.be.accessible();
  });
});
