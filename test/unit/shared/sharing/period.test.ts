import { describe, expect, it } from 'vitest';
import { addCalendarMonths, choiceOfPeriod, isPeriodPreset, periodChoiceProblem, previousQuarter, resolvePeriodChoice } from '@shared/sharing/period';

const TODAY = '2026-05-10';

describe('calendar months', () => {
  it('moves by months and keeps to the last day of a shorter month', () => {
    expect(addCalendarMonths('2026-05-10', -12)).toBe('2025-05-10');
    expect(addCalendarMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addCalendarMonths('2026-01-15', -1)).toBe('2025-12-15');
  });
});

describe('previous quarter', () => {
  it('is the last complete calendar quarter, across a year end', () => {
    expect(previousQuarter('2026-05-10')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(previousQuarter('2026-04-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(previousQuarter('2026-03-31')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(previousQuarter('2026-12-31')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });
});

describe('period choices', () => {
  it('resolves presets ending today, a start date to today and two typed dates', () => {
    expect(resolvePeriodChoice({ preset: 'last-30-days', from: '', to: '' }, TODAY)).toEqual({ from: '2026-04-11', to: TODAY });
    expect(resolvePeriodChoice({ preset: 'last-12-months', from: '', to: '' }, TODAY)).toEqual({ from: '2025-05-11', to: TODAY });
    expect(resolvePeriodChoice({ preset: 'since', from: '2026-02-01', to: '2020-01-01' }, TODAY)).toEqual({ from: '2026-02-01', to: TODAY });
    expect(resolvePeriodChoice({ preset: 'custom', from: '2026-02-01', to: '2026-02-28' }, TODAY)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('refuses invalid dates, an end before the start and dates after today, and accepts one day', () => {
    const custom = (from: string, to: string) => periodChoiceProblem({ preset: 'custom', from, to }, TODAY);
    expect(custom('2026-02-30', '2026-03-01')).toBe('from-invalid');
    expect(custom('2026-02-01', '')).toBe('to-invalid');
    expect(custom('2026-03-01', '2026-02-01')).toBe('order');
    expect(custom('2026-05-01', '2026-05-11')).toBe('to-future');
    expect(custom('2026-06-01', '2026-05-01')).toBe('from-future');
    expect(custom(TODAY, TODAY)).toBeUndefined();
    expect(periodChoiceProblem({ preset: 'since', from: '2026-05-11', to: '' }, TODAY)).toBe('from-future');
    expect(periodChoiceProblem({ preset: 'last-quarter', from: '', to: '' }, TODAY)).toBeUndefined();
  });

  it('reopens a saved preset as its dates once the preset would give other days', () => {
    const quarter = { from: '2026-01-01', to: '2026-03-31' };
    expect(choiceOfPeriod('last-quarter', quarter, TODAY)).toEqual({ preset: 'last-quarter', ...quarter });
    expect(choiceOfPeriod('last-quarter', quarter, '2026-07-02')).toEqual({ preset: 'custom', ...quarter });
    expect(choiceOfPeriod('since', { from: '2026-02-01', to: TODAY }, TODAY).preset).toBe('since');
    expect(choiceOfPeriod('since', { from: '2026-02-01', to: TODAY }, '2026-05-11')).toEqual({ preset: 'custom', from: '2026-02-01', to: TODAY });
    expect(choiceOfPeriod(undefined, quarter, TODAY).preset).toBe('custom');
  });

  it('knows its presets by name only', () => {
    expect(isPeriodPreset('last-12-months')).toBe(true);
    expect(isPeriodPreset('last-week')).toBe(false);
    expect(isPeriodPreset(null)).toBe(false);
  });
});
