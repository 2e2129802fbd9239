import { describe, expect, it } from 'vitest';
import { fixedClock, steppingClock, systemClock, toUtcIso } from '@shared/util/clock';

describe('clocks', () => {
  it('a fixed clock always reads the same instant, as a fresh Date', () => {
    const clock = fixedClock('2026-11-26T10:00:00+02:00');
    const first = clock.now();
    first.setFullYear(2000);
    expect(toUtcIso(clock.now())).toBe('2026-11-26T08:00:00.000Z');
  });

  it('a stepping clock moves by its step, also backwards', () => {
    const clock = steppingClock('2026-11-26T10:00:00.000Z', -1000);
    expect(toUtcIso(clock.now())).toBe('2026-11-26T10:00:00.000Z');
    expect(toUtcIso(clock.now())).toBe('2026-11-26T09:59:59.000Z');
  });

  it('refuses an invalid instant', () => {
    expect(() => fixedClock('yesterday')).toThrow(RangeError);
  });

  it('the system clock reads the device time', () => {
    expect(Math.abs(systemClock.now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
