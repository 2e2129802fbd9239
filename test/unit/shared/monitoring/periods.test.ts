import { describe, expect, it } from 'vitest';
import { lastQuarters, lengthsDiffer, MAX_SERIES_MONTHS, monthsOf, periodLengthDays, quarterOf, sinceSupport, spanOf } from '@shared/monitoring/periods';

describe('monitoring periods', () => {
  it('finds the calendar quarter of a day, leap February included', () => {
    expect(quarterOf('2024-02-29')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterOf('2026-06-30')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterOf('2026-12-01')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('compares the last complete quarter with the one before, across a year end', () => {
    expect(lastQuarters('2027-01-15')).toEqual({ baseline: { from: '2026-07-01', to: '2026-09-30' }, comparison: { from: '2026-10-01', to: '2026-12-31' } });
    // The first day of a quarter: that quarter is not complete, so it is not "last quarter".
    expect(lastQuarters('2026-04-01').comparison).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('puts as many days before support began as have passed since', () => {
    const periods = sinceSupport('2026-03-01', '2026-03-10');
    expect(periods).toEqual({ baseline: { from: '2026-02-19', to: '2026-02-28' }, comparison: { from: '2026-03-01', to: '2026-03-10' } });
    expect(periodLengthDays(periods?.baseline ?? { from: '', to: '' })).toBe(10);
    expect(sinceSupport('2026-03-10', '2026-03-10')?.baseline).toEqual({ from: '2026-03-09', to: '2026-03-09' });
    expect(sinceSupport('2026-03-11', '2026-03-10')).toBeUndefined();
  });

  it('says when periods differ in length by more than a tenth', () => {
    expect(lengthsDiffer({ from: '2026-01-01', to: '2026-03-31' }, { from: '2026-04-01', to: '2026-06-30' })).toBe(false);
    expect(lengthsDiffer({ from: '2026-01-01', to: '2026-01-31' }, { from: '2026-02-01', to: '2026-03-31' })).toBe(true);
  });

  it('steps through calendar months, cutting the first and last to the span', () => {
    expect(monthsOf({ from: '2026-01-15', to: '2026-03-03' })).toEqual([
      { from: '2026-01-15', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-03' },
    ]);
    expect(monthsOf({ from: '2026-05-09', to: '2026-05-09' })).toEqual([{ from: '2026-05-09', to: '2026-05-09' }]);
    const long = monthsOf({ from: '2000-01-01', to: '2026-12-31' });
    expect(long).toHaveLength(MAX_SERIES_MONTHS);
    expect(long.at(-1)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('spans both periods whichever comes first', () => {
    expect(spanOf({ baseline: { from: '2026-05-01', to: '2026-05-31' }, comparison: { from: '2026-01-01', to: '2026-01-31' } })).toEqual({ from: '2026-01-01', to: '2026-05-31' });
  });
});
