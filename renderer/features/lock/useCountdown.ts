import { useEffect, useState } from 'react';

const TICK_MS = 1000;

type Clock = { until: number; now: number };

/** Whole seconds left of a wait started with `start(ms)`, ticking each second; 0 when none. */
export function useCountdown(): { secondsLeft: number; start: (waitMs: number) => void } {
  const [clock, setClock] = useState<Clock | null>(null);
  useEffect(() => {
    if (clock === null || clock.now >= clock.until) return;
    const timer = window.setTimeout(() => {
      setClock({ ...clock, now: Date.now() });
    }, TICK_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [clock]);
  const start = (waitMs: number): void => {
    const now = Date.now();
    setClock(waitMs > 0 ? { until: now + waitMs, now } : null);
  };
  return { secondsLeft: clock === null ? 0 : Math.max(0, Math.ceil((clock.until - clock.now) / TICK_MS)), start };
}
