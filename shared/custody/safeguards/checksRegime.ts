/**
 * Checks of recurring duties and of conditions: internment reviews, solitary confinement,
 * separation of children and women, visits to children, referral of ill-treatment
 * allegations, reporting of a death.
 */
import type { TimelineEntry } from '../projection/types';
import { addThreshold } from './profiles';
import type { RuleContext } from './timing';
import { entriesOf, evaluateTimed, knownMs, outcome } from './timing';
import type { SafeguardNote, SafeguardResult, SafeguardState } from './types';

const SEVERITY: Readonly<Record<SafeguardState, number>> = { overdue: 4, unknown: 3, due: 2, met: 1, not_applicable: 0 };

/** The most serious of several outcomes of one rule, with all their evidence. */
export function worstOf(ctx: RuleContext, results: readonly SafeguardResult[]): SafeguardResult {
  const worst = results.reduce<SafeguardResult | undefined>(
    (current, next) => (current === undefined || SEVERITY[next.state] > SEVERITY[current.state] ? next : current),
    undefined,
  );
  if (worst === undefined) return outcome(ctx, 'not_applicable');
  return { ...worst, evidence: [...new Set(results.flatMap((result) => result.evidence))] };
}

/** A duty that recurs: each occurrence must follow the previous one (or the start) within the limit. */
function evaluateRecurring(ctx: RuleContext, startMs: number, occurrences: readonly TimelineEntry[], evidence: string[]) {
  let lastMs = startMs;
  let wasLate = false;
  for (const entry of occurrences) {
    if (entry.occurredMs < startMs) continue;
    if (entry.occurredMs > addThreshold(lastMs, ctx.threshold)) wasLate = true;
    lastMs = entry.occurredMs;
    evidence.push(entry.id);
  }
  const dueMs = addThreshold(lastMs, ctx.threshold);
  const endMs = ctx.record.custodyEndMs;
  const evaluatedMs = endMs === undefined ? ctx.nowMs : Math.min(ctx.nowMs, endMs);
  const notes: SafeguardNote[] = wasLate ? ['previously_late'] : [];
  return outcome(ctx, evaluatedMs > dueMs ? 'overdue' : 'met', { dueMs, evidence, ...(notes.length ? { notes } : {}) });
}

/** T5: internment reviewed at least every six months after the decision. */
export function checkInternmentReview(ctx: RuleContext): SafeguardResult {
  const decision = entriesOf(ctx, 'custody.internment_decided')[0];
  const category = ctx.record.legalCategory;
  if (decision === undefined && category !== 'civilian_internee' && category !== 'niac_security_detainee') {
    return outcome(ctx, 'not_applicable');
  }
  const startMs = decision?.occurredMs ?? ctx.record.admittedMs;
  const evidence = [decision?.id ?? ctx.record.admissionEventId];
  const result = evaluateRecurring(ctx, startMs, entriesOf(ctx, 'custody.internment_reviewed'), evidence);
  if (decision !== undefined) return result;
  return { ...result, notes: [...(result.notes ?? []), 'no_decision_recorded'] };
}

/** One solitary confinement episode: its start and the end that names it, if any. */
export type SolitaryEpisode = { readonly start: TimelineEntry; readonly end: TimelineEntry | undefined };

/** Episodes from effective (not voided) starts and ends; shared with the oversight audit's monthly counts. */
export function pairSolitaryEpisodes(starts: readonly TimelineEntry[], ends: readonly TimelineEntry[]): SolitaryEpisode[] {
  return starts.map((start) => ({ start, end: ends.find((end) => end.facts.startEventId === start.id) }));
}

/** Solitary episodes: each start with its effective end, if any. */
function episodesOf(ctx: RuleContext): SolitaryEpisode[] {
  return pairSolitaryEpisodes(entriesOf(ctx, 'custody.solitary_started'), entriesOf(ctx, 'custody.solitary_ended'));
}

/** T15: no solitary episode longer than the limit (15 consecutive days is prolonged, SMR 44). */
export function checkSolitaryDuration(ctx: RuleContext): SafeguardResult {
  const results = episodesOf(ctx).map(({ start, end }) => {
    const limitMs = addThreshold(start.occurredMs, ctx.threshold);
    const endMs = end?.occurredMs ?? ctx.record.custodyEndMs;
    const evidence = end === undefined ? [start.id] : [start.id, end.id];
    if ((endMs ?? ctx.nowMs) > limitMs) return outcome(ctx, 'overdue', { dueMs: limitMs, evidence });
    return outcome(ctx, endMs === undefined ? 'due' : 'met', { dueMs: limitMs, evidence });
  });
  return worstOf(ctx, results);
}

/** T15b: no solitary confinement for women or children (SMR 45(2)). */
export function checkSolitaryProtectedGroups(ctx: RuleContext): SafeguardResult {
  const evidence = episodesOf(ctx).map(({ start }) => start.id);
  if (evidence.length === 0) return outcome(ctx, 'not_applicable');
  const { record } = ctx;
  if (record.isWoman || record.childStatus === 'child') return outcome(ctx, 'overdue', { evidence });
  if (record.childStatus === 'unknown') return outcome(ctx, 'unknown', { evidence, missing: ['identity.dateOfBirth'] });
  return outcome(ctx, 'met', { evidence });
}

/** The event that set the current separation: the last placement change, or the admission. */
function separationEvidence(ctx: RuleContext): string[] {
  const change = entriesOf(ctx, 'custody.placement_changed').at(-1);
  return [change?.id ?? ctx.record.admissionEventId];
}

/** §1.2 row 25, CIHL R.120: a child held apart from adults (or with their family). */
export function checkChildSeparation(ctx: RuleContext): SafeguardResult {
  const { record } = ctx;
  if (record.childStatus === 'adult') return outcome(ctx, 'not_applicable');
  const evidence = separationEvidence(ctx);
  if (record.childStatus === 'unknown') return outcome(ctx, 'unknown', { evidence, missing: ['identity.dateOfBirth'] });
  const separation = record.location.separation;
  if (separation === undefined) return outcome(ctx, 'unknown', { evidence, missing: ['admission.separation'] });
  if (separation.quarters === 'family_unit') return outcome(ctx, 'met', { evidence, notes: ['family_unit'] });
  return outcome(ctx, separation.ageGroup === 'juvenile' ? 'met' : 'overdue', { evidence });
}

/** §1.2 row 25, AP II 5(2)(a): a woman held in women's quarters (or with her family). */
export function checkWomenSeparation(ctx: RuleContext): SafeguardResult {
  if (!ctx.record.isWoman) return outcome(ctx, 'not_applicable');
  const evidence = separationEvidence(ctx);
  const separation = ctx.record.location.separation;
  if (separation === undefined) return outcome(ctx, 'unknown', { evidence, missing: ['admission.separation'] });
  if (separation.quarters === 'family_unit') return outcome(ctx, 'met', { evidence, notes: ['family_unit'] });
  return outcome(ctx, separation.quarters === 'women' ? 'met' : 'overdue', { evidence });
}

/** T19: a child visited by family at least monthly. */
export function checkChildVisits(ctx: RuleContext): SafeguardResult {
  const { record } = ctx;
  if (record.childStatus === 'adult') return outcome(ctx, 'not_applicable');
  if (record.childStatus === 'unknown') {
    return outcome(ctx, 'unknown', { evidence: [record.admissionEventId], missing: ['identity.dateOfBirth'] });
  }
  const visits = entriesOf(ctx, 'custody.visit_received').filter((entry) => entry.facts.visitorCategory === 'family');
  return evaluateRecurring(ctx, record.admittedMs, visits, [record.admissionEventId]);
}

/** T21: every allegation of ill-treatment referred to an independent authority without delay. */
export function checkIllTreatmentReferral(ctx: RuleContext): SafeguardResult {
  const { record } = ctx;
  const results: SafeguardResult[] = [];
  if (record.admission['health.priorIllTreatment.value.present'] === true) {
    const referredMs = knownMs({ value: record.admission['health.tortureReferral.value.at'] ?? null });
    const done = referredMs === undefined ? undefined : { ms: referredMs, evidence: [] };
    const start = { startMs: record.admittedMs, startField: 'admission.at', startEvidence: [record.admissionEventId] };
    results.push(evaluateTimed(ctx, { ...start, done, endsWithCustody: false }));
  }
  for (const complaint of entriesOf(ctx, 'custody.complaint_recorded')) {
    if (complaint.facts.kind !== 'ill_treatment_allegation') continue;
    const referredMs = knownMs(complaint.facts.referredAt);
    const done = referredMs === undefined ? undefined : { ms: referredMs, evidence: [] };
    const start = { startMs: complaint.occurredMs, startField: 'occurredAt', startEvidence: [complaint.id] };
    results.push(evaluateTimed(ctx, { ...start, done, endsWithCustody: false }));
  }
  return worstOf(ctx, results);
}

/** T20: after a death, next of kin informed and an independent judicial authority told. */
export function checkDeathReporting(ctx: RuleContext): SafeguardResult {
  const death = entriesOf(ctx, 'custody.died')[0];
  if (death === undefined) return outcome(ctx, 'not_applicable');
  const kinMs = knownMs(death.facts.nextOfKinInformedAt);
  const judicialMs = knownMs(death.facts.judicialAuthorityReportedAt);
  const done = kinMs === undefined || judicialMs === undefined ? undefined : { ms: Math.max(kinMs, judicialMs), evidence: [] };
  const start = { startMs: death.occurredMs, startField: 'occurredAt', startEvidence: [death.id] };
  return evaluateTimed(ctx, { ...start, done, endsWithCustody: false });
}
