import { describe, expect, it } from 'vitest';
import { computeIndicators, facilityResult } from '@shared/inspection/indicators';
import { DEFAULT_TEMPLATE } from '@shared/inspection/templates/builtInTemplates';
import { inspectionCompleted } from '@shared/inspection/events';
import { completedPayload, draftProblems } from '../../../../../renderer/features/inspections/completion';
import { MEASUREMENTS_STEP, REVIEW_STEP, withAnswer, withFigures } from '../../../../../renderer/features/inspections/draft';
import { answersFromDraft, measurementsFromDraft } from '../../../../../renderer/features/inspections/draftConversion';
import { aDraft, aDraftWithDormitory } from './draftBuilders';

const INSPECTOR = { id: 'u-supervisor', name: 'Samir Aziz' };

describe('from typed figures to measurements', () => {
  it('reads what was typed, in the unit it was measured in, and rates it', () => {
    const draft = withFigures(aDraftWithDormitory({ area: '215,28', areaUnit: 'ft2', peoplePresent: '10' }), { officialCapacity: '' });
    const { measurements, problems } = measurementsFromDraft(draft);
    expect(problems).toEqual([]);
    expect(measurements.units).toEqual([{ id: 'unit-1', label: 'Dormitory A', kind: 'dormitory', area: { value: 215.28, unit: 'ft2' }, peoplePresent: 10 }]);
    const floor = facilityResult(computeIndicators(measurements, draft.profile), 'floor_space_dormitory');
    expect(floor?.state).toBe('red');
    expect(floor?.value).toBeCloseTo(2, 2);
  });

  it('leaves a mistyped figure out (its indicator is not known) and says where it is', () => {
    const draft = aDraftWithDormitory({ area: '34', peoplePresent: 'ten' });
    const { measurements, problems } = measurementsFromDraft(draft);
    expect(measurements.units[0]?.peoplePresent).toBeUndefined();
    expect(problems).toEqual([{ step: MEASUREMENTS_STEP, field: 'unit-1.peoplePresent', code: 'not-a-number' }]);
    expect(facilityResult(computeIndicators(measurements, draft.profile), 'floor_space_dormitory')?.state).toBe('unknown');
  });

  it('takes the official capacity offered from the facility profile', () => {
    expect(measurementsFromDraft(aDraft()).measurements.facility).toEqual({ officialCapacity: 450 });
  });

  it('refuses an empty room name', () => {
    expect(measurementsFromDraft(aDraftWithDormitory({ label: '  ' })).problems).toEqual([
      { step: MEASUREMENTS_STEP, field: 'unit-1.label', code: 'required' },
    ]);
  });
});

describe('from typed answers to answers', () => {
  it('keeps ratings with their notes, and drops untouched items', () => {
    let draft = withAnswer(aDraft(), 'water.storage_clean', { rating: 'not_compliant', note: '  Two open barrels. ' });
    draft = withAnswer(draft, 'water.drinking_quantity', { rating: 'compliant' });
    expect(answersFromDraft(DEFAULT_TEMPLATE, draft)).toEqual({
      answers: {
        'water.drinking_quantity': { kind: 'assessment', rating: 'compliant' },
        'water.storage_clean': { kind: 'assessment', rating: 'not_compliant', note: 'Two open barrels.' },
      },
      problems: [],
    });
  });

  it('asks for a rating when only a note was written', () => {
    const draft = withAnswer(aDraft(), 'water.storage_clean', { note: 'Not seen' });
    expect(answersFromDraft(DEFAULT_TEMPLATE, draft).problems).toEqual([{ step: 'water', field: 'water.storage_clean', code: 'rating-required' }]);
  });

  it('refuses notes with hidden control characters, naming the note', () => {
    const draft = withAnswer(aDraft(), 'water.storage_clean', { rating: 'partly', note: 'closed\u202Eopen' });
    expect(answersFromDraft(DEFAULT_TEMPLATE, draft).problems).toEqual([{ step: 'water', field: 'water.storage_clean.note', code: 'invalid-text' }]);
  });
});

describe('finishing', () => {
  it('builds a payload the ledger accepts', () => {
    let draft = aDraftWithDormitory({ area: '20', peoplePresent: '10' });
    draft = withAnswer(draft, 'accommodation.floor_space_dormitory', { rating: 'not_compliant' });
    draft = { ...draft, summary: 'Dormitory A is overcrowded.' };
    const payload = completedPayload(DEFAULT_TEMPLATE, draft, INSPECTOR);
    expect(payload.ok).toBe(true);
    if (!payload.ok) return;
    expect(inspectionCompleted.payload.safeParse(payload.value).success).toBe(true);
    expect(payload.value).toMatchObject({ inspector: INSPECTOR, summary: 'Dormitory A is overcrowded.', template: draft.template, profile: draft.profile });
  });

  it('refuses while any problem remains, and lists every one in step order', () => {
    let draft = aDraftWithDormitory({ area: '-3' });
    draft = withAnswer(draft, 'water.storage_clean', { note: 'No lid' });
    draft = { ...draft, summary: 'bad\u0007bell' };
    const expected = [
      { step: MEASUREMENTS_STEP, field: 'unit-1.area', code: 'negative' },
      { step: 'water', field: 'water.storage_clean', code: 'rating-required' },
      { step: REVIEW_STEP, field: 'summary', code: 'invalid-text' },
    ];
    expect(draftProblems(DEFAULT_TEMPLATE, draft)).toEqual(expected);
    expect(completedPayload(DEFAULT_TEMPLATE, draft, INSPECTOR)).toEqual({ ok: false, error: expected });
  });
});
