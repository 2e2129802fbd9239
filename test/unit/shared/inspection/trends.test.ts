import { describe, expect, it } from 'vitest';
import { INDICATOR_PROFILES } from '@shared/inspection/indicatorProfiles';
import type { DatedInspection } from '@shared/inspection/trends';
import { categoryTrends, chronological, indicatorTrends } from '@shared/inspection/trends';
import { aTemplate, aUnit, someMeasurements } from '../../../builders/inspection';

const waterOnly = aTemplate({ id: 'org.water', sections: [aTemplate().sections[0]!] });

function inspection(id: string, occurredAt: string, overrides: Partial<DatedInspection> = {}): DatedInspection {
  return {
    id,
    occurredAt,
    template: aTemplate(),
    answers: {},
    measurements: someMeasurements(),
    profile: INDICATOR_PROFILES.icrc,
    ...overrides,
  };
}

const series = [
  inspection('c', '2026-09-01T10:00:00+03:00', {
    answers: { 'water.storage': { kind: 'assessment', rating: 'compliant' } },
    measurements: someMeasurements({ units: [aUnit({ area: { value: 40, unit: 'm2' } })] }),
  }),
  inspection('a', '2026-03-01T10:00:00+03:00', {
    answers: { 'water.storage': { kind: 'assessment', rating: 'not_compliant' } },
    measurements: someMeasurements({ units: [aUnit({ area: { value: 25, unit: 'm2' } })] }),
  }),
  inspection('b', '2026-06-01T10:00:00+03:00', {
    template: waterOnly,
    answers: { 'water.storage': { kind: 'assessment', rating: 'partly' } },
    profile: INDICATOR_PROFILES.cpt,
  }),
];

describe('chronological', () => {
  it('sorts by instant, whatever the offset, then by id', () => {
    const sameInstant = [inspection('z', '2026-01-01T12:00:00+03:00'), inspection('y', '2026-01-01T09:00:00Z')];
    expect(chronological(sameInstant).map((i) => i.id)).toEqual(['y', 'z']);
    expect(chronological(series).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('categoryTrends', () => {
  it('gives each category its scores oldest first, with a gap where a template lacks it', () => {
    const trends = categoryTrends(series);
    expect(trends.map((t) => t.category)).toEqual(['water', 'complaints']);
    expect(trends[0]?.points.map((p) => [p.inspectionId, p.score])).toEqual([
      ['a', 0],
      ['b', 0.5],
      ['c', 1],
    ]);
    expect(trends[1]?.points.map((p) => [p.inspectionId, p.score, p.coverage])).toEqual([
      ['a', null, 0],
      ['c', null, 0],
    ]);
  });

  it('is empty without inspections', () => {
    expect(categoryTrends([])).toEqual([]);
  });
});

describe('indicatorTrends', () => {
  it('gives every indicator a point per inspection, with the target of the profile used then', () => {
    const floor = indicatorTrends(series).find((t) => t.indicator === 'floor_space_dormitory');
    expect(floor?.points.map((p) => [p.inspectionId, p.value, p.state, p.target])).toEqual([
      ['a', 2.5, 'red', 3.4],
      ['b', 3.4, 'red', 4],
      ['c', 4, 'green', 3.4],
    ]);
    const cells = indicatorTrends(series).find((t) => t.indicator === 'floor_space_single_cell');
    expect(cells?.points.every((p) => p.value === null && p.state === 'not_applicable')).toBe(true);
  });
});
