import { describe, expect, it } from 'vitest';
import { lowestLatest, niceAxis } from '../../../../../renderer/features/inspections/history/trendPoints';

describe('trend chart helpers', () => {
  it('gives a value axis of round steps from zero, above the highest value and the standard', () => {
    expect(niceAxis(4)).toEqual({ max: 6, ticks: [0, 2, 4, 6] });
    expect(niceAxis(115)).toEqual({ max: 150, ticks: [0, 50, 100, 150] });
    expect(niceAxis(0.4)).toEqual({ max: 0.6, ticks: [0, 0.2, 0.4, 0.6] });
    expect(niceAxis(0)).toEqual({ max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
  });

  it('follows by default the category that scored lowest last time', () => {
    const point = (score: number | null) => ({ inspectionId: 'i', occurredAt: '2026-11-26T10:00:00Z', score, coverage: 1 });
    expect(lowestLatest([
      { category: 'water', points: [point(0.2), point(0.9)] },
      { category: 'food', points: [point(1), point(0.5)] },
      { category: 'hygiene', points: [point(null)] },
    ])).toBe('food');
    expect(lowestLatest([{ category: 'water', points: [point(null)] }])).toBe('water');
  });
});
