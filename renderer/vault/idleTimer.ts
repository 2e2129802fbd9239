/**
 * Inactivity, measured robustly: the time since the last pointer or keyboard event by
 * both the monotonic clock and the wall clock, taking the larger, so neither a machine
 * that slept (where the monotonic clock may pause) nor a clock set back (which would
 * shrink wall-clock time) keeps the app unlocked. A hidden page keeps counting, and
 * becoming visible again checks at once.
 */

export const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** How often the idle time is checked; timers in hidden pages may fire later, which the visibility check covers. */
export const IDLE_CHECK_INTERVAL_MS = 5000;

export type IdleClock = { monotonic: () => number; wall: () => number };

export const systemIdleClock: IdleClock = { monotonic: () => performance.now(), wall: () => Date.now() };

export type IdleTracker = { touch: () => void; idleMs: () => number };

export function createIdleTracker(clock: IdleClock): IdleTracker {
  let lastMonotonic = clock.monotonic();
  let lastWall = clock.wall();
  return {
    touch: () => {
      lastMonotonic = clock.monotonic();
      lastWall = clock.wall();
    },
    idleMs: () => Math.max(clock.monotonic() - lastMonotonic, clock.wall() - lastWall, 0),
  };
}

export type IdleWatchOptions = {
  target: Window;
  clock?: IdleClock;
  /** Called once when idle time reaches this many ms. */
  lockAfterMs: number;
  onLock: () => void;
  /** Called once per idle stretch when idle time reaches this many ms (e.g. to write a snapshot). */
  idleAfterMs?: number;
  onIdle?: () => void;
};

/** Watches for inactivity; returns the function that stops watching. */
export function watchIdle(options: IdleWatchOptions): () => void {
  const { target, lockAfterMs, onLock } = options;
  const tracker = createIdleTracker(options.clock ?? systemIdleClock);
  let isIdleReported = false;
  let isLocked = false;
  const check = (): void => {
    const idle = tracker.idleMs();
    if (!isLocked && idle >= lockAfterMs) {
      isLocked = true;
      onLock();
    } else if (!isIdleReported && options.idleAfterMs !== undefined && idle >= options.idleAfterMs) {
      isIdleReported = true;
      options.onIdle?.();
    }
  };
  const onActivity = (): void => {
    tracker.touch();
    isIdleReported = false;
  };
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, onActivity, { passive: true, capture: true });
  target.document.addEventListener('visibilitychange', check);
  const interval = target.setInterval(check, IDLE_CHECK_INTERVAL_MS);
  return () => {
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, onActivity, { capture: true });
    target.document.removeEventListener('visibilitychange', check);
    target.clearInterval(interval);
  };
}
