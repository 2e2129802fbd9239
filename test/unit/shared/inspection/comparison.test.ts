import { describe, expect, it } from 'vitest';
import type { Answers } from '@shared/inspection/answers';
import { compareItems, compareValues } from '@shared/inspection/comparison';
import { compareInspections } from '@shared/inspection/inspectionComparison';
import { INDICATOR_PROFILES } from '@shared/inspection/indicatorProfiles';
import type { Template } from '@shared/inspection/template';
import { aTemplate, aTemplateItem, aUnit, someMeasurements } from '../../../builders/inspection';

const template = aTemplate();

function outcomes(before: Answers, after: Answers, beforeTemplate: Template = template, afterTemplate: Template = template) {
  return Object.fromEntries(
    compareItems({ template: beforeTemplate, answers: before }, { template: afterTemplate, answers: after }).map((c) => [
      c.itemId,
      c.reason === undefined ? c.outcome : `${c.outcome}:${c.reason}`,
    ]),
  );
}

const rated = (rating: 'compliant' | 'partly' | 'not_compliant' | 'not_applicable' | 'not_assessed') =>
  ({ kind: 'assessment', rating }) as const;

describe('compareItems', () => {
  it('orders ratings compliant > partly > not compliant', () => {
    const result = outcomes(
      { 'water.storage': rated('not_compliant'), 'water.quantity': rated('compliant'), 'complaints.daily': rated('partly') },
      { 'water.storage': rated('partly'), 'water.quantity': rated('not_compliant'), 'complaints.daily': rated('partly') },
    );
    expect(result).toMatchObject({ 'water.storage': 'improved', 'water.quantity': 'worse', 'complaints.daily': 'unchanged' });
  });

  it('keeps n/a twice unchanged and anything else unrated not comparable', () => {
    const result = outcomes(
      { 'water.storage': rated('not_applicable'), 'water.quantity': rated('not_assessed'), 'complaints.daily': rated('compliant') },
      { 'water.storage': rated('not_applicable'), 'water.quantity': rated('compliant'), 'complaints.daily': rated('not_applicable') },
    );
    expect(result).toMatchObject({
      'water.storage': 'unchanged',
      'water.quantity': 'not_comparable:not-rated',
      'complaints.daily': 'not_comparable:not-rated',
    });
  });

  it('calls unanswered items not comparable', () => {
    expect(outcomes({}, { 'water.storage': rated('compliant') })['water.storage']).toBe('not_comparable:unanswered');
  });

  it('uses an item’s better direction for numbers and counts, else only changed or unchanged', () => {
    const result = outcomes(
      { 'water.litres': { kind: 'number', value: 10 }, 'complaints.count': { kind: 'count', value: 2 }, 'complaints.notes': { kind: 'text', value: 'a' } },
      { 'water.litres': { kind: 'number', value: 12 }, 'complaints.count': { kind: 'count', value: 5 }, 'complaints.notes': { kind: 'text', value: 'a' } },
    );
    expect(result).toMatchObject({ 'water.litres': 'improved', 'complaints.count': 'changed', 'complaints.notes': 'unchanged' });
    const worse = outcomes({ 'water.litres': { kind: 'number', value: 12 } }, { 'water.litres': { kind: 'number', value: 9 } });
    expect(worse['water.litres']).toBe('worse');
  });

  it('calls items missing from either template, or whose kind changed, not comparable', () => {
    const next = aTemplate({
      version: 2,
      sections: [
        {
          ...template.sections[0]!,
          items: [aTemplateItem(), aTemplateItem({ id: 'water.quantity', kind: 'count' }), aTemplateItem({ id: 'water.new' })],
        },
      ],
    });
    const before = { 'water.storage': rated('partly'), 'water.quantity': rated('partly'), 'complaints.daily': rated('partly') };
    const after = { 'water.storage': rated('compliant'), 'water.quantity': { kind: 'count', value: 1 } as const, 'water.new': rated('compliant') };
    expect(outcomes(before, after, template, next)).toEqual({
      'water.storage': 'improved',
      'water.quantity': 'not_comparable:kind-changed',
      'water.new': 'not_comparable:not-in-before-template',
      'water.litres': 'not_comparable:not-in-after-template',
      'complaints.daily': 'not_comparable:not-in-after-template',
      'complaints.count': 'not_comparable:not-in-after-template',
      'complaints.notes': 'not_comparable:not-in-after-template',
    });
  });

  it('carries both answers and the category', () => {
    const [first] = compareItems(
      { template, answers: { 'water.storage': rated('partly') } },
      { template, answers: { 'water.storage': rated('compliant') } },
    );
    expect(first).toEqual({
      itemId: 'water.storage',
      category: 'water',
      before: rated('partly'),
      after: rated('compliant'),
      outcome: 'improved',
    });
  });
});

describe('compareValues', () => {
  it('follows the better direction and treats missing values as not comparable', () => {
    expect(compareValues(3, 3.4, 'higher')).toBe('improved');
    expect(compareValues(30, 20, 'lower')).toBe('improved');
    expect(compareValues(0.5, 0.5 + 1e-12, 'higher')).toBe('unchanged');
    expect(compareValues(null, 3, 'higher')).toBe('not_comparable');
  });
});

describe('compareInspections', () => {
  it('compares items, category scores and facility indicators', () => {
    const before = {
      template,
      answers: { 'water.storage': rated('not_compliant'), 'complaints.daily': rated('compliant') },
      measurements: someMeasurements({ units: [aUnit({ area: { value: 30, unit: 'm2' } })] }),
      profile: INDICATOR_PROFILES.icrc,
    };
    const after = { ...before, answers: { 'water.storage': rated('compliant'), 'complaints.daily': rated('partly') }, measurements: someMeasurements() };
    const comparison = compareInspections(before, after);
    expect(comparison.counts).toEqual({ improved: 1, worse: 1, unchanged: 0, changed: 0, not_comparable: 4 });
    expect(comparison.categories).toEqual([
      { category: 'water', before: 0, after: 1, outcome: 'improved' },
      { category: 'complaints', before: 1, after: 0.5, outcome: 'worse' },
    ]);
    const floor = comparison.indicators.find((i) => i.id === 'floor_space_dormitory');
    expect(floor).toMatchObject({ before: { state: 'red' }, after: { state: 'green' }, outcome: 'improved' });
    expect(comparison.indicators.find((i) => i.id === 'floor_space_single_cell')?.outcome).toBe('not_comparable');
  });
});
