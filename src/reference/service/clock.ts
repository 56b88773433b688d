/**
 * The backend's clock: the host's clock (injected into the world) plus an offset kept in
 * the state, so a demo or a browser test can move time forward and every tab and restart
 * of the backend agrees on "now".
 */
import type { DemoClock } from '../../commerce/index.js';
import type { BackendState } from '../state/state.js';
import type { World } from './world.js';

const HOUR_MS = 3_600_000;

/** Most hours one call may move the clock (a year), so a typo cannot jump decades. */
export const MAX_ADVANCE_HOURS = 24 * 366;

/** The world as seen at the state's clock: `now()` includes the stored offset. */
export function worldAt(world: World, state: BackendState): World {
  const offset = state.clockOffsetMs ?? 0;
  if (offset === 0) return world;
  const hostNow = world.now;
  return { ...world, now: () => new Date(hostNow().getTime() + offset) };
}

/** Moves the clock forward by whole or fractional hours and says where it stands. */
export function advanceClock(world: World, state: BackendState, hours: number): DemoClock {
  if (hours > 0) state.clockOffsetMs = (state.clockOffsetMs ?? 0) + Math.round(hours * HOUR_MS);
  return { now: worldAt(world, state).now().toISOString(), offsetHours: (state.clockOffsetMs ?? 0) / HOUR_MS };
}
