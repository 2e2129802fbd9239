import { describe, expect, it } from 'vitest';
import { addDays, facilityToday, lastDays, MAX_PERIOD_DAYS, periodDays, periodProblem } from '../../../../../renderer/features/population/period';

describe('the period of the statistics', () => {
  it('counts calendar days where the facility is, not where the laptop is', () => {
    const lateEvening = Date.parse('2026-11-26T22:30:00Z');
    expect(facilityToday(lateEvening, 'Asia/Baghdad')).toBe('2026-11-27');
    expect(facilityToday(lateEvening, 'America/Bogota')).toBe('2026-11-26');
    expect(lastDays(7, lateEvening, 'Asia/Baghdad')).toEqual({ from: '2026-11-21', to: '2026-11-27' });
  });

  it('starts each day at local midnight, through a change to summer time', () => {
    const { days, endMs } = periodDays({ from: '2026-03-28', to: '2026-03-29' }, 'Europe/Paris');
    expect(days.map((day) => new Date(day.startMs).toISOString())).toEqual(['2026-03-27T23:00:00.000Z', '2026-03-28T23:00:00.000Z']);
    expect(new Date(endMs).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('refuses dates that are not dates, periods that run backwards or too long', () => {
    expect(periodProblem({ from: '', to: '2026-11-26' })).toBe('from-invalid');
    expect(periodProblem({ from: '2026-11-01', to: '2026-02-30' })).toBe('to-invalid');
    expect(periodProblem({ from: '2026-11-27', to: '2026-11-26' })).toBe('order');
    expect(periodProblem({ from: '2026-11-26', to: addDays('2026-11-26', MAX_PERIOD_DAYS - 1) })).toBeUndefined();
    expect(periodProblem({ from: '2026-11-26', to: addDays('2026-11-26', MAX_PERIOD_DAYS) })).toBe('too-long');
  });
});
