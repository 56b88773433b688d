import { expect } from '@open-wc/testing';
import { consent } from '../../sdk/consent/index.js';
import { currentProfile, inSegment } from '../../sdk/personalization/index.js';
import { trackStorefront } from '../../sdk/personalization/tracker.js';
import { emit } from '../../components/shared/events.js';
import { orderableProducts, testCommerce, until } from '../components/helpers/storefront.js';
import { exclusiveStorage } from './helpers/personalization.js';

describe('personalization tracking of the storefront', () => {
  exclusiveStorage();

  it('takes logged in, company and customer group from the session, and nothing without consent', async () => {
    const commerce = await testCommerce();
    const stop = trackStorefront(commerce);
    try {
      expect(currentProfile()).to.equal(null);
      consent.set({ personalization: true });
      const session = commerce.$session.get().value!;
      const group = session.accounts.find((a) => a.id === session.context!.accountId)!.customerGroupId;
      const profile = await until(() => (currentProfile()?.loggedIn ? currentProfile() : null), 'the session in the profile');
      expect(profile).to.include({ loggedIn: true, company: session.company!.id, customerGroup: group, industry: group });
      expect(inSegment('logged-in')).to.equal(true);
      expect(inSegment(`customer-group:${group}`)).to.equal(true);
      await commerce.logout();
      await until(() => currentProfile()?.loggedIn === false, 'the logout in the profile');
      expect(currentProfile()).to.include({ customerGroup: null, company: null });
    } finally {
      stop();
    }
  });

  it('an order placed counts for "ordered before" (ordered:<category>)', async () => {
    consent.set({ personalization: true });
    const commerce = await testCommerce();
    const stop = trackStorefront(commerce);
    try {
      const [product] = await orderableProducts(commerce, 1);
      const category = product!.categoryPath[0]!.id;
      await commerce.addToCart([{ sku: product!.sku, quantity: Math.max(product!.quantity.minQuantity, product!.quantity.packSize) }]);
      const session = commerce.$session.get().value!;
      const order = await commerce.placeOrder({ idempotencyKey: crypto.randomUUID(), billToId: session.context!.billToId, shipToId: session.context!.shipToId, partialDelivery: false, paymentMethod: 'invoice' });
      emit(document, 'kontor-order-placed', { order });
      await until(() => currentProfile()?.categoriesOrdered.includes(category), 'the order in the profile');
      expect(currentProfile()!.productsOrdered[product!.sku]).to.be.greaterThan(0);
      expect(inSegment(`ordered:${category}`)).to.equal(true);
    } finally {
      stop();
    }
  });
});
