/**
 * Time as an injected dependency. Code that records or compares times takes a Clock,
 * so tests can fix or step time and no domain function reads the device clock itself.
 */

/** A source of the current instant. */
export type Clock = { now(): Date };

/** The device clock. Its readings are claims, never trusted for ordering (design §4.4). */
export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant (ISO 8601). Throws a RangeError if the instant is invalid. */
export function fixedClock(iso: string): Clock {
  const ms = parseInstant(iso);
  return { now: () => new Date(ms) };
}

/**
 * A clock that starts at an instant and moves by `stepMs` (which may be negative, to
 * imitate a clock set back) each time it is read. NOTE: each read changes its state.
 */
export function steppingClock(startIso: string, stepMs: number): Clock {
  let next = parseInstant(startIso);
  return {
    now: () => {
      const current = new Date(next);
      next += stepMs;
      return current;
    },
  };
}

/** The instant as an ISO 8601 UTC string with milliseconds, e.g. `2026-11-26T10:00:00.000Z`. */
export function toUtcIso(date: Date): string {
  return date.toISOString();
}

function parseInstant(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 instant: ${iso}`);
  return ms;
}
