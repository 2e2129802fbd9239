/**
 * Checks of duties with a start and a time limit: registration, reasons, judge, lawyer,
 * family, consulate, medical examination, capture card, Information Bureau, ICRC.
 */
import type { LegalCategory } from '../events/common';
import type { CustodyRecord } from '../projection/types';
import type { Done, RuleContext, TimedDuty } from './timing';
import { doneBy, entriesOf, evaluateTimed, knownMs, outcome } from './timing';
import type { SafeguardResult } from './types';

type Start = Pick<TimedDuty, 'startMs' | 'startField' | 'startEvidence' | 'latestStartMs'>;

function admissionStart(ctx: RuleContext): Start {
  return { startMs: ctx.record.admittedMs, startField: 'admission.at', startEvidence: [ctx.record.admissionEventId] };
}

function arrestStart(ctx: RuleContext): Start {
  const { record } = ctx;
  return { startMs: record.arrestMs, startField: 'arrest.at', startEvidence: [record.admissionEventId], latestStartMs: record.admittedMs };
}

const NOT_CRIMINAL: ReadonlySet<LegalCategory> = new Set(['pow', 'civilian_internee', 'niac_security_detainee', 'convicted']);

/** Whether criminal-procedure safeguards apply: a remand prisoner, or an uncategorised person under criminal law. */
export function isCriminalCase(record: CustodyRecord): boolean {
  const category = record.legalCategory;
  if (category === 'criminal_remand') return true;
  if (category !== undefined && NOT_CRIMINAL.has(category)) return false;
  return record.legalRegime === 'criminal';
}

/** Whether GC III/IV card and Bureau duties concern the person. */
function isProtectedPerson(record: CustodyRecord): boolean {
  return record.legalCategory === 'pow' || record.legalCategory === 'civilian_internee';
}

/** T1: the entry was written within the limit after admission. */
export function checkRegistrationDelay(ctx: RuleContext): SafeguardResult {
  const done: Done = { ms: ctx.record.admissionRecordedMs, evidence: [] };
  return evaluateTimed(ctx, { ...admissionStart(ctx), done, endsWithCustody: false });
}

/** T2: reasons for arrest told at the time of arrest. */
export function checkReasonsTold(ctx: RuleContext): SafeguardResult {
  const toldMs = knownMs(ctx.record.admission['arrest.reasonsToldAt']);
  if (toldMs === undefined) {
    return outcome(ctx, 'unknown', { evidence: [ctx.record.admissionEventId], missing: ['arrest.reasonsToldAt'] });
  }
  return evaluateTimed(ctx, { ...arrestStart(ctx), done: { ms: toldMs, evidence: [] }, endsWithCustody: false });
}

/** T3: brought physically before a judge (GC35 §34) within the limit after arrest. */
export function checkJudgeAppearance(ctx: RuleContext): SafeguardResult {
  if (!isCriminalCase(ctx.record)) return outcome(ctx, 'not_applicable');
  const appearances = entriesOf(ctx, 'custody.brought_before_judge');
  const isRemote = (facts: (typeof appearances)[number]['facts']) => (facts.physicallyPresent as { value?: unknown }).value === false;
  const physical = appearances.find((entry) => !isRemote(entry.facts));
  const result = evaluateTimed(ctx, { ...arrestStart(ctx), done: doneBy(physical), endsWithCustody: true });
  if (physical !== undefined || appearances.length === 0) return result;
  const notes = [...(result.notes ?? []), 'not_physically_present' as const];
  return { ...result, evidence: [...result.evidence, ...appearances.map((entry) => entry.id)], notes };
}

/** T14: first access to a lawyer within the limit after arrest. */
export function checkLawyerAccess(ctx: RuleContext): SafeguardResult {
  if (!isCriminalCase(ctx.record)) return outcome(ctx, 'not_applicable');
  const done = doneBy(entriesOf(ctx, 'custody.lawyer_contacted')[0]);
  return evaluateTimed(ctx, { ...arrestStart(ctx), done, endsWithCustody: true });
}

/**
 * T7/T7j: the family told after admission. A detainee may decline, except a child, whose
 * parents are told in any case (JDL 22).
 */
export function checkFamilyNotified(ctx: RuleContext): SafeguardResult {
  const notices = entriesOf(ctx, 'custody.family_notified');
  const notified = notices.find((entry) => entry.facts.outcome === 'notified');
  const declined = notices.find((entry) => entry.facts.outcome === 'detainee_declined');
  const consentRefused = (ctx.record.admission['family.consentToNotify'] as { value?: unknown } | undefined)?.value === false;
  if (notified === undefined && (declined !== undefined || consentRefused) && ctx.record.childStatus !== 'child') {
    const evidence = declined === undefined ? [ctx.record.admissionEventId] : [declined.id];
    return outcome(ctx, 'not_applicable', { evidence, notes: ['declined_by_detainee'] });
  }
  const delays = notices.filter((entry) => entry.facts.outcome !== 'notified').map((entry) => entry.id);
  const result = evaluateTimed(ctx, { ...admissionStart(ctx), done: doneBy(notified), endsWithCustody: true });
  return delays.length > 0 ? { ...result, evidence: [...result.evidence, ...delays] } : result;
}

/** T8: the family told after the latest transfer, out or in. */
export function checkFamilyNotifiedTransfer(ctx: RuleContext): SafeguardResult {
  const transfer = entriesOf(ctx, 'custody.transferred_out', 'custody.transferred_in').at(-1);
  if (transfer === undefined) return outcome(ctx, 'not_applicable');
  const toldMs = transfer.type === 'custody.transferred_out' ? knownMs(transfer.facts.familyNotifiedAt) : undefined;
  const later = entriesOf(ctx, 'custody.family_notified').filter((entry) => entry.occurredMs >= transfer.occurredMs);
  const notice = later.find((entry) => entry.facts.outcome === 'notified');
  const done: Done | undefined = toldMs === undefined ? doneBy(notice) : { ms: toldMs, evidence: [] };
  const declined = later.find((entry) => entry.facts.outcome === 'detainee_declined');
  if (done === undefined && declined !== undefined && ctx.record.childStatus !== 'child') {
    return outcome(ctx, 'not_applicable', { evidence: [transfer.id, declined.id], notes: ['declined_by_detainee'] });
  }
  const start = { startMs: transfer.occurredMs, startField: 'occurredAt', startEvidence: [transfer.id] };
  return evaluateTimed(ctx, { ...start, done, endsWithCustody: false });
}

/** §1.2 row 37: a foreign national's consulate informed, or the person told of the right. */
export function checkConsularNotification(ctx: RuleContext): SafeguardResult {
  if (!ctx.record.isForeignNational) return outcome(ctx, 'not_applicable');
  const entry = entriesOf(ctx, 'custody.consul_informed')[0];
  const done = doneBy(entry, entry?.facts.outcome === 'detainee_declined' ? ['declined_by_detainee'] : undefined);
  return evaluateTimed(ctx, { ...admissionStart(ctx), done, endsWithCustody: true });
}

/** T13: a medical examination offered after admission; a refusal is the detainee's answer. */
export function checkMedicalExam(ctx: RuleContext): SafeguardResult {
  const examination = ctx.record.admission['health.examination'] as { value?: { at: string }; unknown?: string } | undefined;
  let done: Done | undefined;
  if (examination?.value !== undefined) done = { ms: Date.parse(examination.value.at), evidence: [ctx.record.admissionEventId] };
  else if (examination?.unknown === 'refused') {
    done = { ms: ctx.record.admittedMs, evidence: [ctx.record.admissionEventId], notes: ['declined_by_detainee'] };
  } else {
    const entry = entriesOf(ctx, 'custody.medical_examined')[0];
    done = doneBy(entry, entry?.facts.outcome === 'refused' ? ['declined_by_detainee'] : undefined);
  }
  return evaluateTimed(ctx, { ...admissionStart(ctx), done, endsWithCustody: true });
}

/** T9: capture or internment card within the limit after arrival. */
export function checkCaptureCard(ctx: RuleContext): SafeguardResult {
  if (!isProtectedPerson(ctx.record)) return outcome(ctx, 'not_applicable');
  const done = doneBy(entriesOf(ctx, 'custody.card_issued')[0]);
  return evaluateTimed(ctx, { ...admissionStart(ctx), done, endsWithCustody: true });
}

/** T10: the national Information Bureau notified (GC IV: custody over two weeks). */
export function checkInformationBureau(ctx: RuleContext): SafeguardResult {
  if (!isProtectedPerson(ctx.record)) return outcome(ctx, 'not_applicable');
  const done = doneBy(entriesOf(ctx, 'custody.bureau_notified')[0]);
  return evaluateTimed(ctx, { ...admissionStart(ctx), done, endsWithCustody: true });
}

/** T12b: the ICRC notified (or its visit registered the person) within the agreed limit. */
export function checkIcrcNotified(ctx: RuleContext): SafeguardResult {
  const done = doneBy(entriesOf(ctx, 'custody.icrc_notified', 'custody.icrc_visited')[0]);
  return evaluateTimed(ctx, { ...admissionStart(ctx), done, endsWithCustody: true });
}
