/**
 * What the screens and reports show of the partners projection: each partner's current
 * profile, its assessments numbered as versions (1 = the first recorded), the measures of
 * its plan with their current fields, and its decisions, newest first. Pure; `today` is the
 * calendar day where the adviser is, given by the caller.
 */
import type { EventMeta } from '../inspection/eventMeta';
import { compareByOccurrence } from '../inspection/eventMeta';
import type { RiskLevel } from './criteria';
import type { MeasureStatus, PartnerPayloads, PartnerProfile, SupportDecision } from './events';
import type { DecisionRecord, Entry, MeasureRecord, PartnerRecord, PartnersState } from './projection';

/** An assessment with its version number. */
export type AssessmentVersion = Entry<PartnerPayloads['partner.assessed']> & { readonly version: number };

/** A measure as it stands after its updates, oldest update first. */
export type MeasureView = PartnerPayloads['partner.measure_added'] & {
  readonly id: string;
  readonly meta: EventMeta;
  readonly updates: MeasureRecord['updates'];
  /** Due date passed while still planned or in progress. */
  readonly isOverdue: boolean;
  /** Review date reached while the measure is not finished. */
  readonly isReviewDue: boolean;
};

/** A partner as the screens show it; `profile` is missing while only later events have arrived. */
export type PartnerView = {
  readonly id: string;
  readonly profile: PartnerProfile | undefined;
  readonly profileMeta: EventMeta | undefined;
  readonly assessments: readonly AssessmentVersion[];
  readonly current: AssessmentVersion | undefined;
  readonly measures: readonly MeasureView[];
  readonly decisions: readonly DecisionRecord[];
};

/** One line of the partners list. */
export type PartnerSummary = {
  readonly id: string;
  readonly name: string | undefined;
  readonly risk: RiskLevel | undefined;
  readonly assessedOn: string | undefined;
  readonly openMeasures: number;
  readonly overdueMeasures: number;
  readonly lastDecision: SupportDecision | undefined;
};

const OPEN_STATUSES: ReadonlySet<MeasureStatus> = new Set(['planned', 'in_progress']);
const FINISHED_STATUSES: ReadonlySet<MeasureStatus> = new Set(['done', 'cancelled']);

/** A measure's current fields: each update replaces what it names. */
export function measureView(record: MeasureRecord, today: string): MeasureView | undefined {
  if (record.added === undefined) return undefined;
  let fields = { ...record.added.payload };
  for (const { payload } of record.updates) {
    fields = {
      ...fields,
      ...(payload.status === undefined ? {} : { status: payload.status }),
      ...(payload.owner === undefined ? {} : { owner: payload.owner }),
      ...(payload.dueDate === undefined ? {} : { dueDate: payload.dueDate }),
      ...(payload.reviewDate === undefined ? {} : { reviewDate: payload.reviewDate }),
    };
  }
  return {
    ...fields,
    id: record.id,
    meta: record.added.meta,
    updates: record.updates,
    isOverdue: OPEN_STATUSES.has(fields.status) && fields.dueDate < today,
    isReviewDue: !FINISHED_STATUSES.has(fields.status) && fields.reviewDate <= today,
  };
}

function measuresOf(state: PartnersState, partnerId: string, today: string): MeasureView[] {
  const views: MeasureView[] = [];
  for (const record of state.measures.values()) {
    if (record.added?.payload.partnerId !== partnerId) continue;
    const view = measureView(record, today);
    if (view !== undefined) views.push(view);
  }
  return views.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : compareByOccurrence(a.meta, b.meta)));
}

function decisionsOf(state: PartnersState, partnerId: string): DecisionRecord[] {
  const decisions = [...state.decisions.values()].filter((decision) => decision.payload.partnerId === partnerId);
  return decisions.sort((a, b) => (a.payload.decidedOn > b.payload.decidedOn ? -1 : a.payload.decidedOn < b.payload.decidedOn ? 1 : compareByOccurrence(b.meta, a.meta)));
}

/** Everything about one partner, or undefined if nothing about it is held. */
export function partnerView(state: PartnersState, partnerId: string, today: string): PartnerView | undefined {
  const record: PartnerRecord | undefined = state.partners.get(partnerId);
  if (record === undefined) return undefined;
  const latest = record.profiles.at(-1);
  const assessments = record.assessments.map((entry, index) => ({ ...entry, version: index + 1 }));
  return {
    id: partnerId,
    profile: latest?.payload,
    profileMeta: latest?.meta,
    assessments,
    current: assessments.at(-1),
    measures: measuresOf(state, partnerId, today),
    decisions: decisionsOf(state, partnerId),
  };
}

/** The partners list, by name (partners whose registration has not arrived last). */
export function partnerSummaries(state: PartnersState, today: string): PartnerSummary[] {
  const summaries = [...state.partners.keys()].flatMap((id) => {
    const view = partnerView(state, id, today);
    if (view === undefined) return [];
    const open = view.measures.filter((measure) => OPEN_STATUSES.has(measure.status));
    return [{
      id,
      name: view.profile?.name,
      risk: view.current?.payload.overallRisk,
      assessedOn: view.current?.payload.assessedOn,
      openMeasures: open.length,
      overdueMeasures: open.filter((measure) => measure.isOverdue).length,
      lastDecision: view.decisions[0]?.payload.decision,
    }];
  });
  return summaries.sort((a, b) => (a.name === undefined ? 1 : b.name === undefined ? -1 : a.name.localeCompare(b.name)));
}

/** Partners a facility is linked to, by the facility's code. */
export function partnersOfFacility(state: PartnersState, facilityCode: string): string[] {
  return [...state.partners.values()]
    .filter((record) => record.profiles.at(-1)?.payload.facilities.some((facility) => facility.code === facilityCode) === true)
    .map((record) => record.id);
}
