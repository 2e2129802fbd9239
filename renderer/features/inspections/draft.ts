/**
 * An inspection in progress. Until it is finished it is not an event (shared/inspection
 * events.ts): it is kept as a sealed draft, one per user. Typed figures stay the text the
 * inspector typed, so a half-typed or mistyped value is never lost or silently changed;
 * they become numbers only when indicators are computed and when the inspection is finished.
 */
import { z } from 'zod';
import { ASSESSMENT_RATINGS } from '@shared/inspection/answers';
import type { FacilityRef } from '@shared/inspection/events';
import { facilityRefSchema } from '@shared/inspection/events';
import type { IndicatorProfile } from '@shared/inspection/indicatorProfiles';
import { indicatorProfileSchema } from '@shared/inspection/indicatorProfiles';
import { AREA_UNITS, UNIT_KINDS } from '@shared/inspection/measurements';
import type { AreaUnit, UnitKind } from '@shared/inspection/measurements';
import type { LegalRegime, Template } from '@shared/inspection/template';
import { templateRefOf, templateRefSchema } from '@shared/inspection/template';
import { LEGAL_REGIMES } from '@shared/ledger/coreEventTypes';

/** Version of the draft's shape; a draft of another shape is reported as unreadable, never guessed at. */
export const DRAFT_FORMAT = 1;
// Generous: a draft holds what was typed, even past the limits the finished event enforces.
const typed = z.string().max(100_000);

/** What was given for one item: a rating and note, or the typed value. */
export const answerDraftSchema = z.strictObject({ rating: z.enum(ASSESSMENT_RATINGS).nullable(), note: typed, value: typed });
export type AnswerDraft = z.infer<typeof answerDraftSchema>;

/** Figures typed for one room or unit. */
export const unitDraftSchema = z.strictObject({
  id: z.string().regex(/^unit-\d{1,6}$/),
  label: typed,
  kind: z.enum(UNIT_KINDS),
  area: typed,
  areaUnit: z.enum(AREA_UNITS),
  peoplePresent: typed,
  officialCapacity: typed,
  workingToilets: typed,
  workingShowers: typed,
  drinkingWater: typed,
  outdoorHours: typed,
});
export type UnitDraft = z.infer<typeof unitDraftSchema>;

/** Figures typed for the facility as a whole. */
export const facilityFiguresSchema = z.strictObject({
  peoplePresent: typed,
  officialCapacity: typed,
  workingToilets: typed,
  workingShowers: typed,
  drinkingWater: typed,
  outdoorHours: typed,
  mealsPerDay: typed,
});
export type FacilityFigures = z.infer<typeof facilityFiguresSchema>;

export const inspectionDraftSchema = z.strictObject({
  format: z.literal(DRAFT_FORMAT),
  id: z.uuid(),
  template: templateRefSchema,
  facility: facilityRefSchema,
  regime: z.enum(LEGAL_REGIMES).nullable(),
  startedAt: z.iso.datetime({ offset: true }),
  profile: indicatorProfileSchema,
  answers: z.record(z.string(), answerDraftSchema),
  units: z.array(unitDraftSchema).max(1000),
  figures: facilityFiguresSchema,
  summary: typed,
  /** The step the inspector was on, so a resumed draft opens where they left off. */
  step: z.string().max(200),
});
export type InspectionDraft = z.infer<typeof inspectionDraftSchema>;

/** A step id for the measurements step; section ids are template ids, which never contain a colon. */
export const MEASUREMENTS_STEP = ':measurements';
/** A step id for the review before finishing. */
export const REVIEW_STEP = ':review';

export const EMPTY_ANSWER: AnswerDraft = { rating: null, note: '', value: '' };

const EMPTY_FIGURES: FacilityFigures = {
  peoplePresent: '',
  officialCapacity: '',
  workingToilets: '',
  workingShowers: '',
  drinkingWater: '',
  outdoorHours: '',
  mealsPerDay: '',
};

/** What starting an inspection needs. */
export type DraftStart = {
  id: string;
  template: Template;
  facility: FacilityRef;
  regime: LegalRegime | null;
  /** The facility's declared capacity, offered as the figure to check against. */
  officialCapacity: number | null;
  profile: IndicatorProfile;
  startedAt: string;
};

export function newDraft(start: DraftStart): InspectionDraft {
  return {
    format: DRAFT_FORMAT,
    id: start.id,
    template: templateRefOf(start.template),
    facility: start.facility,
    regime: start.regime,
    startedAt: start.startedAt,
    profile: start.profile,
    answers: {},
    units: [],
    figures: { ...EMPTY_FIGURES, officialCapacity: start.officialCapacity === null ? '' : String(start.officialCapacity) },
    summary: '',
    step: MEASUREMENTS_STEP,
  };
}

/** The draft answer to an item, empty if none was given. */
export function answerDraftOf(draft: InspectionDraft, itemId: string): AnswerDraft {
  return Object.hasOwn(draft.answers, itemId) ? (draft.answers[itemId] ?? EMPTY_ANSWER) : EMPTY_ANSWER;
}

export function withAnswer(draft: InspectionDraft, itemId: string, change: Partial<AnswerDraft>): InspectionDraft {
  return { ...draft, answers: { ...draft.answers, [itemId]: { ...answerDraftOf(draft, itemId), ...change } } };
}

/** The next free unit id: one more than the highest used, so a removed unit's id is never reused in the draft. */
function nextUnitId(units: readonly UnitDraft[]): string {
  const highest = units.reduce((max, unit) => Math.max(max, Number(unit.id.slice('unit-'.length))), 0);
  return `unit-${String(highest + 1)}`;
}

export function withNewUnit(draft: InspectionDraft, label: string, kind: UnitKind, areaUnit: AreaUnit): InspectionDraft {
  const unit: UnitDraft = {
    id: nextUnitId(draft.units),
    label,
    kind,
    area: '',
    areaUnit,
    peoplePresent: '',
    officialCapacity: '',
    workingToilets: '',
    workingShowers: '',
    drinkingWater: '',
    outdoorHours: '',
  };
  return { ...draft, units: [...draft.units, unit] };
}

export function withUnit(draft: InspectionDraft, unitId: string, change: Partial<Omit<UnitDraft, 'id'>>): InspectionDraft {
  return { ...draft, units: draft.units.map((unit) => (unit.id === unitId ? { ...unit, ...change } : unit)) };
}

export function withoutUnit(draft: InspectionDraft, unitId: string): InspectionDraft {
  return { ...draft, units: draft.units.filter((unit) => unit.id !== unitId) };
}

export function withFigures(draft: InspectionDraft, change: Partial<FacilityFigures>): InspectionDraft {
  return { ...draft, figures: { ...draft.figures, ...change } };
}
