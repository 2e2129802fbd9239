/**
 * From what was typed to what is recorded: answers and measurements in the shapes of
 * shared/inspection, with every problem located (which step, which field) so the screen can
 * say what is wrong and where. A figure with a problem is left out of the computation (its
 * indicator reads "not known", never a guess) and blocks finishing until it is corrected.
 */
import type { Answer, Answers } from '@shared/inspection/answers';
import { ANSWER_MAX_MAGNITUDE, ANSWER_NOTE_MAX_CHARS, ANSWER_TEXT_MAX_CHARS } from '@shared/inspection/answers';
import { SUMMARY_MAX_CHARS } from '@shared/inspection/events';
import type { FacilityMeasurement, Measurements, UnitMeasurement } from '@shared/inspection/measurements';
import { MAX_AREA, MAX_COUNT, MAX_LITRES_PER_DAY, MAX_MEALS_PER_DAY, UNIT_LABEL_MAX_CHARS } from '@shared/inspection/measurements';
import type { Template, TemplateItem } from '@shared/inspection/template';
import { templateItems } from '@shared/inspection/template';
import { noteSchema } from '@shared/inspection/text';
import { textSchema } from '@shared/ledger/envelope';
import type { AnswerDraft, FacilityFigures, InspectionDraft, UnitDraft } from './draft';
import { answerDraftOf, MEASUREMENTS_STEP, REVIEW_STEP } from './draft';
import type { NumberProblem, NumberRules } from './numberInput';
import { parseNumberInput } from './numberInput';

export type TextProblem = 'required' | 'too-long' | 'invalid-text';
/** `not-recordable`: the fields looked right but the whole was refused (a rule the field checks do not know). */
export type FieldProblemCode = NumberProblem | TextProblem | 'rating-required' | 'not-recordable';

/** One problem: the step to open, and the field (`unit-2.area`, `water.storage.note`, `figures.mealsPerDay`). */
export type DraftProblem = { step: string; field: string; code: FieldProblemCode };

const COUNT: NumberRules = { isWhole: true, max: MAX_COUNT };
const HOURS: NumberRules = { max: 24 };

export type UnitNumberField = Exclude<keyof UnitDraft, 'id' | 'label' | 'kind' | 'areaUnit'>;
export const UNIT_NUMBER_RULES: Readonly<Record<UnitNumberField, NumberRules>> = {
  area: { max: MAX_AREA },
  peoplePresent: COUNT,
  officialCapacity: COUNT,
  workingToilets: COUNT,
  workingShowers: COUNT,
  drinkingWater: { max: MAX_LITRES_PER_DAY },
  outdoorHours: HOURS,
};

export const FIGURE_RULES: Readonly<Record<keyof FacilityFigures, NumberRules>> = {
  peoplePresent: COUNT,
  officialCapacity: COUNT,
  workingToilets: COUNT,
  workingShowers: COUNT,
  drinkingWater: { max: MAX_LITRES_PER_DAY },
  outdoorHours: HOURS,
  mealsPerDay: { isWhole: true, max: MAX_MEALS_PER_DAY },
};

export const ANSWER_NUMBER_RULES: Readonly<Record<'number' | 'count', NumberRules>> = {
  number: { allowNegative: true, max: ANSWER_MAX_MAGNITUDE },
  count: { isWhole: true, max: ANSWER_MAX_MAGNITUDE },
};

/** Why typed text cannot be recorded as it is, or null if it can (empty text is for the caller to judge). */
export function textProblem(text: string, maxChars: number, isMultiline: boolean): TextProblem | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'required';
  if (trimmed.length > maxChars) return 'too-long';
  const schema = isMultiline ? noteSchema(maxChars) : textSchema(maxChars);
  return schema.safeParse(trimmed).success ? null : 'invalid-text';
}

type Collected = { problems: DraftProblem[] };

function readNumber(text: string, rules: NumberRules, at: Omit<DraftProblem, 'code'>, out: Collected): number | undefined {
  const parsed = parseNumberInput(text, rules);
  if (parsed.kind === 'problem') out.problems.push({ ...at, code: parsed.problem });
  return parsed.kind === 'number' ? parsed.value : undefined;
}

function unitMeasurement(unit: UnitDraft, out: Collected): UnitMeasurement {
  const at = (field: string) => ({ step: MEASUREMENTS_STEP, field: `${unit.id}.${field}` });
  const number = (field: UnitNumberField) => readNumber(unit[field], UNIT_NUMBER_RULES[field], at(field), out);
  const labelProblem = textProblem(unit.label, UNIT_LABEL_MAX_CHARS, false);
  if (labelProblem !== null) out.problems.push({ ...at('label'), code: labelProblem });
  const area = number('area');
  const values = {
    peoplePresent: number('peoplePresent'),
    officialCapacity: number('officialCapacity'),
    workingToilets: number('workingToilets'),
    workingShowers: number('workingShowers'),
    drinkingWaterLitresPerDay: number('drinkingWater'),
    outdoorHoursPerDay: number('outdoorHours'),
  };
  const measured: UnitMeasurement = { id: unit.id, label: unit.label.trim() === '' ? unit.id : unit.label.trim(), kind: unit.kind };
  if (area !== undefined) measured.area = { value: area, unit: unit.areaUnit };
  return { ...measured, ...definedOnly(values) };
}

function definedOnly<T extends Record<string, number | undefined>>(values: T): Partial<Record<keyof T, number>> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<Record<keyof T, number>>;
}

function facilityMeasurement(figures: FacilityFigures, out: Collected): FacilityMeasurement {
  const number = (field: keyof FacilityFigures) =>
    readNumber(figures[field], FIGURE_RULES[field], { step: MEASUREMENTS_STEP, field: `figures.${field}` }, out);
  return definedOnly({
    peoplePresent: number('peoplePresent'),
    officialCapacity: number('officialCapacity'),
    workingToilets: number('workingToilets'),
    workingShowers: number('workingShowers'),
    drinkingWaterLitresPerDay: number('drinkingWater'),
    outdoorHoursPerDay: number('outdoorHours'),
    mealsPerDay: number('mealsPerDay'),
  });
}

/** The measurements as far as they can be read, and the problems of what could not. */
export function measurementsFromDraft(draft: InspectionDraft): { measurements: Measurements; problems: DraftProblem[] } {
  const out: Collected = { problems: [] };
  const units = draft.units.map((unit) => unitMeasurement(unit, out));
  return { measurements: { units, facility: facilityMeasurement(draft.figures, out) }, problems: out.problems };
}

function noteOf(given: AnswerDraft, at: Omit<DraftProblem, 'code'>, out: Collected): { note?: string } {
  if (given.note.trim() === '') return {};
  const problem = textProblem(given.note, ANSWER_NOTE_MAX_CHARS, true);
  if (problem !== null) out.problems.push({ ...at, field: `${at.field}.note`, code: problem });
  return problem === null ? { note: given.note.trim() } : {};
}

function answerOf(item: TemplateItem, given: AnswerDraft, step: string, out: Collected): Answer | undefined {
  const at = { step, field: item.id };
  if (item.kind === 'assessment') {
    const note = noteOf(given, at, out);
    if (given.rating === null && note.note !== undefined) out.problems.push({ ...at, code: 'rating-required' });
    return given.rating === null ? undefined : { kind: 'assessment', rating: given.rating, ...note };
  }
  if (item.kind === 'text') {
    if (given.value.trim() === '') return undefined;
    const problem = textProblem(given.value, ANSWER_TEXT_MAX_CHARS, true);
    if (problem !== null) out.problems.push({ ...at, code: problem });
    return problem === null ? { kind: 'text', value: given.value.trim() } : undefined;
  }
  const value = readNumber(given.value, ANSWER_NUMBER_RULES[item.kind], at, out);
  const note = noteOf(given, at, out);
  if (given.value.trim() === '' && note.note !== undefined) out.problems.push({ ...at, code: 'required' });
  return value === undefined ? undefined : { kind: item.kind, value, ...note };
}

/** The answers as far as they can be read, in template order, and the problems of the rest. */
export function answersFromDraft(template: Template, draft: InspectionDraft): { answers: Answers; problems: DraftProblem[] } {
  const out: Collected = { problems: [] };
  const answers: Answers = {};
  for (const { item, section } of templateItems(template)) {
    const answer = answerOf(item, answerDraftOf(draft, item.id), section.id, out);
    if (answer !== undefined) answers[item.id] = answer;
  }
  return { answers, problems: out.problems };
}

/** The inspector's summary, or a problem with it. */
export function summaryOf(draft: InspectionDraft): { summary?: string; problems: DraftProblem[] } {
  if (draft.summary.trim() === '') return { problems: [] };
  const problem = textProblem(draft.summary, SUMMARY_MAX_CHARS, true);
  if (problem === null) return { summary: draft.summary.trim(), problems: [] };
  return { problems: [{ step: REVIEW_STEP, field: 'summary', code: problem }] };
}
