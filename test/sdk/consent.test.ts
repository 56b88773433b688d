import { expect } from '@open-wc/testing';
import { consent, CONSENT_KEY } from '../../sdk/consent/index.js';
import { choose, currentProfile, forget, profileLoaded, startPersonalization } from '../../sdk/personalization/index.js';
import { emit } from '../../components/shared/events.js';
import { exclusiveStorage, settle, storedTraces } from './helpers/personalization.js';

/** Requests the page made since `mark` (fetch, XHR, beacons, images, scripts). */
const requestsSince = (mark: number): string[] =>
  performance.getEntriesByType('resource').filter((entry) => entry.startTime >= mark).map((entry) => entry.name);

/** Data requests since `mark` (fetch, XHR, beacons), leaving out the SDK loading its own code. */
const dataRequestsSince = (mark: number): string[] =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.startTime >= mark && ['fetch', 'xmlhttprequest', 'beacon'].includes(entry.initiatorType))
    .map((entry) => entry.name);

/** What a browsing visitor does: views products, browses a category, changes the cart. */
function browse(): void {
  emit(document, 'kontor-product-view', { sku: 'KT-100004', categoryIds: ['fasteners', 'fasteners-bolts'] });
  emit(document, 'kontor-results', { total: 12, query: '', categoryId: 'cables', durationMs: 5 });
  emit(document, 'kontor-add-to-cart', { sku: 'KT-100004', quantity: 10 }, { cancelable: true });
}

describe('personalization consent', () => {
  exclusiveStorage();
  let stop: (() => void) | undefined;
  before(async () => (stop = await startPersonalization()));
  after(() => stop?.());

  it('before consent keeps nothing: no storage, no cookies, no requests, no profile', async () => {
    const mark = performance.now();
    browse();
    expect(choose(['new', 'returning', 'logged-in'])).to.equal(null);
    expect(currentProfile()).to.equal(null);
    expect(await profileLoaded()).to.equal(null);
    await settle(100);
    expect(await storedTraces()).to.deep.equal({ localStorage: [], databases: [], cookies: '' });
    expect(requestsSince(mark)).to.deep.equal([]);
  });

  it('the telemetry switch alone does not start a profile', async () => {
    consent.set({ telemetry: true });
    browse();
    await settle();
    expect(consent.granted('personalization')).to.equal(false);
    expect(currentProfile()).to.equal(null);
    const traces = await storedTraces();
    expect(traces.localStorage).to.deep.equal([CONSENT_KEY]);
    expect(traces.databases).to.deep.equal([]);
    consent.set({ telemetry: false });
    expect((await storedTraces()).localStorage).to.deep.equal([]);
  });

  it('with consent keeps a snapshot and the full profile, still without requests', async () => {
    const mark = performance.now();
    consent.set({ personalization: true });
    browse();
    const profile = await profileLoaded();
    expect(profile?.recentlyViewed).to.deep.equal(['KT-100004']);
    expect(profile?.categoriesViewed).to.include.members(['fasteners', 'cables']);
    expect(choose(['new', 'returning'])).to.equal('new');
    await settle(100);
    const traces = await storedTraces();
    expect(traces.localStorage).to.have.members([CONSENT_KEY, 'kontor.personalization']);
    expect(traces.databases).to.deep.equal(['kontor-personalization']);
    // With consent the IndexedDB code loads on demand; still nothing is sent anywhere.
    expect(dataRequestsSince(mark)).to.deep.equal([]);
  });

  it('forget() erases everything and withdraws consent', async () => {
    consent.set({ personalization: true, telemetry: true });
    browse();
    await profileLoaded();
    await settle();
    await forget();
    expect(await storedTraces()).to.deep.equal({ localStorage: [], databases: [], cookies: '' });
    expect(consent.state()).to.deep.equal({ personalization: false, telemetry: false });
    expect(currentProfile()).to.equal(null);
    expect(choose(['new'])).to.equal(null);
    // Events after forgetting keep nothing either.
    browse();
    await settle(100);
    expect(await storedTraces()).to.deep.equal({ localStorage: [], databases: [], cookies: '' });
  });

  it('withdrawing personalization consent erases the profile', async () => {
    consent.set({ personalization: true });
    browse();
    await profileLoaded();
    await settle();
    expect((await storedTraces()).databases).to.deep.equal(['kontor-personalization']);
    consent.set({ personalization: false });
    for (let i = 0; i < 50 && (await storedTraces()).databases.length > 0; i++) await settle(20);
    expect(await storedTraces()).to.deep.equal({ localStorage: [], databases: [], cookies: '' });
  });
});
