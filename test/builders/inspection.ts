/**
 * Deterministic builders for inspection data: measurements, small templates, payloads
 * and ledger events of the inspection event types. Overrides in, complete valid object out.
 */
import type { LedgerHead } from '@shared/ledger/chain';
import { headOf } from '@shared/ledger/chain';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import type { EventDraft, LedgerEvent } from '@shared/ledger/envelope';
import { mergeEventRegistries } from '@shared/ledger/registry';
import type { Answers, AssessmentRating } from '@shared/inspection/answers';
import type { InspectionPayloads } from '@shared/inspection/events';
import { inspectionEventRegistry } from '@shared/inspection/events';
import { INDICATOR_PROFILES } from '@shared/inspection/indicatorProfiles';
import type { FacilityMeasurement, Measurements, UnitMeasurement } from '@shared/inspection/measurements';
import { cite } from '@shared/inspection/sources';
import type { Template, TemplateItem } from '@shared/inspection/template';
import { templateItems, templateRefOf } from '@shared/inspection/template';
import { DEFAULT_TEMPLATE } from '@shared/inspection/templates/builtInTemplates';
import type { LedgerOverrides, TestLedger } from './ledger';
import { aLedger, appendDrafts } from './ledger';

/** The registry inspection tests append with: core types plus inspection types. */
export const INSPECTION_TEST_REGISTRY = mergeEventRegistries(coreEventRegistry, inspectionEventRegistry);

/** A dormitory of 34 m² holding 10 people: exactly the ICRC 3.4 m² per person. */
export function aUnit(overrides: Partial<UnitMeasurement> = {}): UnitMeasurement {
  return { id: 'dorm-a', label: 'Dormitory A', kind: 'dormitory', area: { value: 34, unit: 'm2' }, peoplePresent: 10, ...overrides };
}

/** Facility figures that meet every ICRC threshold for 10 people. */
export function aFacilityMeasurement(overrides: Partial<FacilityMeasurement> = {}): FacilityMeasurement {
  return {
    officialCapacity: 12,
    workingToilets: 1,
    workingShowers: 1,
    drinkingWaterLitresPerDay: 60,
    outdoorHoursPerDay: 2,
    mealsPerDay: 3,
    ...overrides,
  };
}

/** One compliant dormitory and facility figures that meet every ICRC threshold. */
export function someMeasurements(overrides: { units?: UnitMeasurement[]; facility?: Partial<FacilityMeasurement> } = {}): Measurements {
  return { units: overrides.units ?? [aUnit()], facility: aFacilityMeasurement(overrides.facility) };
}

/** An item of a small custom template. */
export function aTemplateItem(overrides: Partial<TemplateItem> = {}): TemplateItem {
  return {
    id: 'water.storage',
    kind: 'assessment',
    label: { en: 'Water containers are clean', fr: 'Les récipients sont propres', ar: 'الحاويات نظيفة' },
    source: [cite('APT-DFD', 'Food and water')],
    ...overrides,
  };
}

/** A small organisation template with every item kind: two sections, five items. */
export function aTemplate(overrides: Partial<Template> = {}): Template {
  return {
    id: 'org.sample',
    version: 1,
    title: { en: 'Sample checklist', fr: 'Liste type', ar: 'قائمة نموذجية' },
    sections: [
      {
        id: 'water',
        category: 'water',
        title: { en: 'Water', fr: 'Eau', ar: 'المياه' },
        items: [
          aTemplateItem(),
          aTemplateItem({ id: 'water.quantity', indicator: 'drinking_water' }),
          aTemplateItem({
            id: 'water.litres',
            kind: 'number',
            unit: { en: 'L', fr: 'L', ar: 'لتر' },
            better: 'higher',
          }),
        ],
      },
      {
        id: 'complaints',
        category: 'complaints',
        title: { en: 'Complaints', fr: 'Plaintes', ar: 'الشكاوى' },
        items: [
          aTemplateItem({ id: 'complaints.daily' }),
          aTemplateItem({ id: 'complaints.count', kind: 'count' }),
          aTemplateItem({ id: 'complaints.notes', kind: 'text' }),
        ],
      },
    ],
    ...overrides,
  };
}

/** Answers to every item of a template: assessments rated `rating`, numbers 10, counts 0, text. */
export function answersFor(template: Template, rating: AssessmentRating = 'compliant'): Answers {
  const answers: Answers = {};
  for (const { item } of templateItems(template)) {
    if (item.kind === 'assessment') answers[item.id] = { kind: 'assessment', rating };
    else if (item.kind === 'number') answers[item.id] = { kind: 'number', value: 10 };
    else if (item.kind === 'count') answers[item.id] = { kind: 'count', value: 0 };
    else answers[item.id] = { kind: 'text', value: 'Seen on the day.' };
  }
  return answers;
}

/** A valid `inspection.completed` payload on the default template. */
export function anInspectionPayload(
  overrides: Partial<InspectionPayloads['inspection.completed']> = {},
): InspectionPayloads['inspection.completed'] {
  return {
    template: templateRefOf(DEFAULT_TEMPLATE),
    facility: { code: 'CRP-01', name: 'Central Remand Prison' },
    inspector: { id: 'u-supervisor', name: 'Amina Yusuf' },
    startedAt: '2026-11-26T09:00:00+03:00',
    answers: { 'water.storage_clean': { kind: 'assessment', rating: 'not_compliant', note: 'Two open barrels.' } },
    measurements: someMeasurements(),
    profile: INDICATOR_PROFILES.icrc,
    ...overrides,
  };
}

/** A valid `action.opened` payload. */
export function anActionOpenedPayload(
  overrides: Partial<InspectionPayloads['action.opened']> = {},
): InspectionPayloads['action.opened'] {
  return {
    facility: { code: 'CRP-01', name: 'Central Remand Prison' },
    source: { inspectionId: '0190b6a0-0000-7000-8000-0000000000a1', itemId: 'water.storage_clean' },
    what: 'Provide lids for every water barrel.',
    owner: 'Facility director',
    dueDate: '2026-12-10',
    priority: 'high',
    ...overrides,
  };
}

/** A draft of an inspection event type. */
export function anInspectionDraft(type: string, subject: string, payload: object, occurredAt = '2026-11-26T12:00:00+03:00'): EventDraft {
  return { type, subject, occurredAt, payload: payload as EventDraft['payload'] };
}

/** A test ledger whose appends are checked against the core and inspection registries. */
export function anInspectionLedger(overrides: LedgerOverrides = {}): TestLedger {
  const testLedger = aLedger(overrides);
  return { ...testLedger, ctx: { ...testLedger.ctx, registry: INSPECTION_TEST_REGISTRY } };
}

/** Appends drafts to a fresh test ledger (seq 1 onwards), returning the events. */
export function inspectionEvents(drafts: readonly EventDraft[], overrides: LedgerOverrides = {}): LedgerEvent[] {
  return appendDrafts(anInspectionLedger(overrides), null, drafts);
}

/** Appends drafts after the last of `previous` on the same ledger. */
export function moreInspectionEvents(testLedger: TestLedger, previous: readonly LedgerEvent[], drafts: readonly EventDraft[]): LedgerEvent[] {
  const last = previous.at(-1);
  const head: LedgerHead = last === undefined ? null : headOf(last);
  return appendDrafts(testLedger, head, drafts);
}
