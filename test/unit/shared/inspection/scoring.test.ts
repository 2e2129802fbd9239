import { describe, expect, it } from 'vitest';
import type { Answers } from '@shared/inspection/answers';
import { answerTo, checkAnswers, isActionable } from '@shared/inspection/answers';
import { INDICATOR_PROFILES } from '@shared/inspection/indicatorProfiles';
import { scoreInspection, scoreRatings } from '@shared/inspection/scoring';
import { summarizeInspection } from '@shared/inspection/summary';
import { DEFAULT_TEMPLATE } from '@shared/inspection/templates/builtInTemplates';
import { aTemplate, aTemplateItem, aUnit, answersFor, someMeasurements } from '../../../builders/inspection';

const template = aTemplate();

describe('scoreRatings', () => {
  it('scores compliant 1, partly 0.5, not compliant 0 and leaves out n/a, not assessed and unanswered', () => {
    const score = scoreRatings(['compliant', 'partly', 'not_compliant', 'not_applicable', 'not_assessed', 'unanswered']);
    expect(score).toMatchObject({ items: 6, scored: 3, points: 1.5, score: 0.5 });
    expect(score.coverage).toBeCloseTo(4 / 6);
    expect(score.counts).toEqual({
      compliant: 1,
      partly: 1,
      not_compliant: 1,
      not_applicable: 1,
      not_assessed: 1,
      unanswered: 1,
    });
  });

  it('gives no score when nothing scored, and no coverage when there are no items', () => {
    expect(scoreRatings(['not_applicable'])).toMatchObject({ score: null, coverage: 1 });
    expect(scoreRatings(['not_assessed', 'unanswered'])).toMatchObject({ score: null, coverage: 0 });
    expect(scoreRatings([])).toMatchObject({ score: null, coverage: null });
  });
});

describe('scoreInspection', () => {
  const answers: Answers = {
    'water.storage': { kind: 'assessment', rating: 'compliant' },
    'water.quantity': { kind: 'assessment', rating: 'partly' },
    'water.litres': { kind: 'number', value: 4 },
    'complaints.daily': { kind: 'assessment', rating: 'not_applicable' },
  };

  it('scores assessment items per category, in category order', () => {
    const { categories, overall } = scoreInspection(template, answers);
    expect(categories.map((c) => c.category)).toEqual(['water', 'complaints']);
    expect(categories[0]).toMatchObject({ items: 2, scored: 2, points: 1.5, score: 0.75, coverage: 1 });
    expect(categories[1]).toMatchObject({ items: 1, scored: 0, score: null, coverage: 1 });
    expect(overall).toMatchObject({ items: 3, scored: 2, score: 0.75, coverage: 1 });
  });

  it('pools items for the overall score instead of averaging categories', () => {
    const pooled = scoreInspection(aTemplate(), {
      'water.storage': { kind: 'assessment', rating: 'compliant' },
      'water.quantity': { kind: 'assessment', rating: 'compliant' },
      'complaints.daily': { kind: 'assessment', rating: 'not_compliant' },
    });
    expect(pooled.overall.score).toBeCloseTo(2 / 3);
  });

  it('leaves out unanswered items that do not apply under the facility’s regime', () => {
    const withIac = aTemplate({
      sections: [{ ...template.sections[0]!, items: [aTemplateItem(), aTemplateItem({ id: 'water.pow', appliesTo: ['iac'] })] }],
    });
    expect(scoreInspection(withIac, {}, { regime: 'criminal' }).overall.items).toBe(1);
    expect(scoreInspection(withIac, {}, { regime: 'iac' }).overall.items).toBe(2);
    expect(scoreInspection(withIac, {}).overall.items).toBe(2);
  });

  it('scores every category of a fully compliant default inspection 1', () => {
    const { categories, overall } = scoreInspection(DEFAULT_TEMPLATE, answersFor(DEFAULT_TEMPLATE));
    expect(categories).toHaveLength(18);
    expect(categories.every((c) => c.score === 1 && c.coverage === 1)).toBe(true);
    expect(overall.score).toBe(1);
  });
});

describe('summarizeInspection', () => {
  it('lists scores, indicators with red before amber, and items short of compliant', () => {
    const answers: Answers = {
      ...answersFor(template),
      'water.quantity': { kind: 'assessment', rating: 'not_compliant', note: 'Barrels empty by noon.' },
      'complaints.daily': { kind: 'assessment', rating: 'partly' },
    };
    const measurements = someMeasurements({
      units: [aUnit({ area: { value: 30, unit: 'm2' } })],
      facility: { drinkingWaterLitresPerDay: 40 },
    });
    const summary = summarizeInspection({ template, answers, measurements, profile: INDICATOR_PROFILES.icrc });
    expect(summary.findings.map((f) => [f.item.id, f.rating, f.category, f.note])).toEqual([
      ['water.quantity', 'not_compliant', 'water', 'Barrels empty by noon.'],
      ['complaints.daily', 'partly', 'complaints', undefined],
    ]);
    expect(summary.indicatorAlerts.map((r) => [r.id, r.state])).toEqual([
      ['floor_space_dormitory', 'red'],
      ['drinking_water', 'amber'],
    ]);
    expect(summary.categories.map((c) => c.score)).toEqual([0.5, 0.5]);
  });
});

describe('answers', () => {
  it('finds answers to items the template lacks or of another kind', () => {
    const answers: Answers = {
      'water.storage': { kind: 'count', value: 2 },
      'water.gone': { kind: 'assessment', rating: 'compliant' },
      'complaints.notes': { kind: 'text', value: 'Fine' },
    };
    expect(checkAnswers(template, answers)).toEqual([
      { code: 'kind-mismatch', itemId: 'water.storage' },
      { code: 'unknown-item', itemId: 'water.gone' },
    ]);
  });

  it('reads only own members', () => {
    expect(answerTo({}, 'constructor')).toBeUndefined();
    expect(answerTo({}, 'toString')).toBeUndefined();
  });

  it('allows actions from ratings short of compliant only', () => {
    expect(isActionable({ kind: 'assessment', rating: 'not_compliant' })).toBe(true);
    expect(isActionable({ kind: 'assessment', rating: 'partly' })).toBe(true);
    expect(isActionable({ kind: 'assessment', rating: 'not_applicable' })).toBe(false);
    expect(isActionable({ kind: 'count', value: 3 })).toBe(false);
    expect(isActionable(undefined)).toBe(false);
  });
});
