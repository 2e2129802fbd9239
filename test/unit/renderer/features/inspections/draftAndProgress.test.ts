import { describe, expect, it } from 'vitest';
import type { TemplateSection } from '@shared/inspection/template';
import { DEFAULT_TEMPLATE } from '@shared/inspection/templates/builtInTemplates';
import { withAnswer, withNewUnit, withoutUnit } from '../../../../../renderer/features/inspections/draft';
import { figuresProgress, overallProgress, sectionProgress } from '../../../../../renderer/features/inspections/sectionProgress';
import { aDraft } from './draftBuilders';

const section = (id: string): TemplateSection => DEFAULT_TEMPLATE.sections.find((candidate) => candidate.id === id)!;

describe('an inspection in progress', () => {
  it('numbers new rooms after the highest, so a removed room’s id is not reused', () => {
    let draft = withNewUnit(aDraft(), 'A', 'dormitory', 'm2');
    draft = withNewUnit(draft, 'B', 'single_cell', 'm2');
    draft = withNewUnit(withoutUnit(draft, 'unit-1'), 'C', 'dormitory', 'ft2');
    expect(draft.units.map((unit) => [unit.id, unit.label])).toEqual([
      ['unit-2', 'B'],
      ['unit-3', 'C'],
    ]);
  });

  it('counts an item once it has a rating or a value', () => {
    const water = section('water');
    let draft = withAnswer(aDraft(), 'water.storage_clean', { rating: 'not_assessed' });
    draft = withAnswer(draft, 'water.drinking_quantity', { note: 'a note alone does not answer' });
    expect(sectionProgress(draft, water)).toEqual({ answered: 1, total: water.items.length });
  });

  it('leaves out unanswered items that do not apply under the facility’s regime', () => {
    const regimeBound = DEFAULT_TEMPLATE.sections.find((candidate) => candidate.items.some((item) => item.appliesTo !== undefined))!;
    const bound = regimeBound.items.filter((item) => item.appliesTo !== undefined && !item.appliesTo.includes('criminal')).length;
    expect(bound).toBeGreaterThan(0);
    expect(sectionProgress(aDraft(), regimeBound).total).toBe(regimeBound.items.length - bound);
    expect(sectionProgress(aDraft({ regime: null }), regimeBound).total).toBe(regimeBound.items.length);
  });

  it('adds up the sections, and counts facility figures given', () => {
    const draft = withAnswer(aDraft(), 'water.storage_clean', { rating: 'compliant' });
    expect(overallProgress(draft, DEFAULT_TEMPLATE).answered).toBe(1);
    expect(figuresProgress(draft)).toEqual({ answered: 1, total: 7 });
  });
});
