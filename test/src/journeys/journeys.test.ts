/**
 * 200 seeded random journeys through the stores on the real reference backend, with faults
 * injected at the adapter boundary: latency, errors, lost replies after commit, timeouts and
 * the network going away mid-flow. See journey.ts for what each step must keep true. A
 * failing journey names its seed; `JOURNEY_SEED` in the test's title replays it.
 */
import { expect } from '@open-wc/testing';
import { runJourney, STEP_KINDS, type JourneyReport, type StepKind } from './journey.js';
import { mulberry32 } from '../../../src/reference/catalog/prng.js';
import { createWorld, type World } from './world.js';

const BATCHES = 4;
const PER_BATCH = 50;
const STEPS = 4;

describe('fault-injected journeys', function () {
  // Booting the backend worker and 50 journeys of four steps each take a while on two cores.
  this.timeout(240_000);
  let world: World;
  const reports: JourneyReport[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent): void => {
    unhandled.push(event.reason);
  };

  before(async () => {
    window.addEventListener('unhandledrejection', onUnhandled);
    world = await createWorld();
  });
  after(() => {
    window.removeEventListener('unhandledrejection', onUnhandled);
  });

  for (let batch = 0; batch < BATCHES; batch++) {
    it(`journeys ${batch * PER_BATCH + 1}–${(batch + 1) * PER_BATCH}: errors shown and recoverable, no order duplicated, no cart line lost`, async () => {
      for (let n = 0; n < PER_BATCH; n++) {
        const seed = 0x4b0 + batch * PER_BATCH + n;
        try {
          reports.push(await runJourney(world, mulberry32(seed), STEPS));
        } catch (error) {
          throw new Error(`journey with seed ${seed} failed: ${(error as Error).message}`, { cause: error });
        }
      }
      // Dropped replies that settle late must not surface as unhandled rejections either.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled, 'no unhandled rejection reached the page').to.deep.equal([]);
    });
  }

  it('covered every kind of step and fault, and saw failures and orders', () => {
    expect(reports).to.have.length(BATCHES * PER_BATCH);
    const steps = new Map<StepKind, number>();
    for (const report of reports) for (const step of report.steps) steps.set(step, (steps.get(step) ?? 0) + 1);
    for (const kind of STEP_KINDS) expect(steps.get(kind) ?? 0, kind).to.be.greaterThan(10);
    for (const [kind, count] of Object.entries(world.injected)) expect(count, `faults of kind ${kind}`).to.be.greaterThan(20);
    expect(reports.reduce((sum, r) => sum + r.errorsShown, 0), 'failures shown').to.be.greaterThan(50);
    expect(reports.reduce((sum, r) => sum + r.ordersPlaced, 0), 'orders placed').to.be.greaterThan(20);
    const total = (key: 'errorsShown' | 'ordersPlaced' | 'decisions'): number => reports.reduce((sum, r) => sum + r[key], 0);
    expect(total('decisions'), 'approvals decided').to.be.greaterThan(0);
    // The reference backend has configurable products: the configure steps must have run.
    expect(world.configurable, 'a configurable product to configure').to.not.equal(null);
    console.log(`journeys: ${reports.length}, configurable ${world.configurable?.sku ?? 'none'}, steps ${JSON.stringify(Object.fromEntries(steps))}, faults ${JSON.stringify(world.injected)}, errors shown ${total('errorsShown')}, orders ${total('ordersPlaced')}, decisions ${total('decisions')}`);
  });
});
