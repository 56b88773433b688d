import { expect } from '@open-wc/testing';
import { consent } from '../../sdk/consent/index.js';
import { forget } from '../../sdk/personalization/index.js';
import { exclusiveStorage, seedProfile } from './helpers/personalization.js';
import type { Profile } from '../../sdk/personalization/profile.js';

/** What the fixture page records about itself. */
interface FixtureWindow extends Window {
  __shifts: number[];
  __errors: string[];
  __firstFrame: (string | null)[] | undefined;
  __hiddenAtFirstFrame: string[] | undefined;
  __hiddenElements(): string[];
  __styleChanges: string[];
}

const FIXTURE = new URL('./fixtures/slots.html', import.meta.url).href;
const LATE_FIXTURE = new URL('./fixtures/slots-late.html', import.meta.url).href;

const loaded = (frame: HTMLIFrameElement): Promise<void> => new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
// Long enough for late work (IndexedDB, a late definition) to have shifted anything it would.
const afterLoad = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 600));

let frame: HTMLIFrameElement | undefined;

/** Opens the page in a new frame (nothing of it in memory): a cold load. */
async function coldLoad(url = FIXTURE): Promise<FixtureWindow> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 700px; border: 0';
  const done = loaded(frame);
  frame.src = url;
  document.body.append(frame);
  await done;
  await afterLoad();
  return frame.contentWindow as FixtureWindow;
}

/** Reloads the frame (modules in the HTTP cache, the snapshot written by the last view): a warm load. */
async function warmLoad(): Promise<FixtureWindow> {
  const done = loaded(frame!);
  frame!.contentWindow!.location.reload();
  await done;
  await afterLoad();
  return frame!.contentWindow as FixtureWindow;
}

const cumulativeShift = (win: FixtureWindow): number => win.__shifts.reduce((sum, value) => sum + value, 0);
const decisions = (win: FixtureWindow) => [...win.document.querySelectorAll('kontor-slot')].map((slot) => (slot as HTMLElement & { decision: { variant: string } | null }).decision?.variant ?? null);

function expectStableUnhidden(win: FixtureWindow, expected: (string | null)[]): void {
  expect(win.__firstFrame, 'variants in the first frame').to.deep.equal(expected);
  expect(decisions(win), 'variants after load').to.deep.equal(expected);
  expect(cumulativeShift(win), 'cumulative layout shift').to.equal(0);
  expect(win.__hiddenAtFirstFrame, 'hidden in the first frame').to.deep.equal([]);
  expect(win.__hiddenElements(), 'hidden after load').to.deep.equal([]);
  expect(win.__styleChanges, 'style changes').to.deep.equal([]);
}

const CASES: { segment: string; profile: Partial<Profile> | null; hero: string; banner: string }[] = [
  { segment: 'new', profile: null, hero: 'new', banner: 'default' },
  { segment: 'returning', profile: { visits: 3 }, hero: 'returning', banner: 'returning' },
  { segment: 'logged-in', profile: { loggedIn: true }, hero: 'logged-in', banner: 'logged-in' },
  { segment: 'customer-group:cg-industry', profile: { loggedIn: true, customerGroup: 'cg-industry' }, hero: 'customer-group:cg-industry', banner: 'logged-in' },
  { segment: 'ordered:fasteners', profile: { categoriesOrdered: ['fasteners'] }, hero: 'ordered:fasteners', banner: 'returning' },
];

describe('<kontor-slot> layout stability (three slots, cold and warm loads)', () => {
  exclusiveStorage();
  afterEach(async () => {
    frame?.remove();
    frame = undefined;
    await forget();
  });

  for (const { segment, profile, hero, banner } of CASES) {
    it(`${segment}: variant in the first frame, no layout shift, nothing hidden`, async function () {
      this.timeout(20_000);
      if (profile) seedProfile(profile);
      else consent.set({ personalization: true });
      const expected = [hero, banner, 'default'];
      expectStableUnhidden(await coldLoad(), expected);
      expectStableUnhidden(await warmLoad(), expected);
    });
  }

  it('without consent: defaults, no shift, nothing hidden', async function () {
    this.timeout(20_000);
    expectStableUnhidden(await coldLoad(), ['default', 'default', 'default']);
    expectStableUnhidden(await warmLoad(), ['default', 'default', 'default']);
  });

  it('a segment defined on the page chooses; a malformed one is reported by name and its slot shows the default', async function () {
    this.timeout(20_000);
    seedProfile({ loggedIn: true, customerGroup: 'cg-electrical' });
    const win = await coldLoad();
    expectStableUnhidden(win, ['logged-in', 'logged-in', 'electricians']);
    expect(win.__errors.join('\n')).to.match(/Segment "broken-rule": when: unknown operator "greater"/);
  });

  it('the measurement sees shifts: a slot defined after the first paint without reserved space moves the page', async function () {
    this.timeout(20_000);
    const win = await coldLoad(LATE_FIXTURE);
    expect(cumulativeShift(win)).to.be.greaterThan(0);
  });
});
