/**
 * Cross-field checks of events after admission: not before the admission, a movement only
 * from a status it can follow, ends not before their starts, episodes that are open.
 */
import type { JsonObject } from '../../crypto/canonicalJson';
import type { CustodyEventType } from '../eventTypes';
import type { Known } from '../known';
import { valueOf } from '../known';
import type { CustodyRecord, CustodyStatus } from '../projection/types';
import type { ValidationProblem } from './problems';
import { problem } from './problems';

/** The statuses each movement (and solitary confinement) may start from. */
export const ALLOWED_FROM: Readonly<Partial<Record<CustodyEventType, readonly CustodyStatus[]>>> = {
  'custody.hospital_admitted': ['in_custody'],
  'custody.hospital_returned': ['hospital'],
  'custody.transferred_out': ['in_custody', 'hospital'],
  'custody.transferred_in': ['in_custody', 'transferred'],
  'custody.released': ['in_custody', 'hospital'],
  'custody.escaped': ['in_custody', 'hospital'],
  'custody.died': ['in_custody', 'hospital'],
  'custody.solitary_started': ['in_custody'],
};

/** Instants in a payload that cannot precede the event itself, and the code their violation gets. */
const NOT_BEFORE_EVENT: Readonly<Partial<Record<CustodyEventType, readonly (readonly [string, 'end-before-start' | 'before-event'])[]>>> = {
  'custody.restraint_used': [['endedAt', 'end-before-start']],
  'custody.interrogation_recorded': [['endedAt', 'end-before-start']],
  'custody.discipline_imposed': [['endsAt', 'end-before-start']],
  'custody.died': [['nextOfKinInformedAt', 'before-event'], ['judicialAuthorityReportedAt', 'before-event']],
  'custody.escaped': [['reportedAt', 'before-event']],
  'custody.injury_recorded': [['reportedAt', 'before-event']],
  'custody.complaint_recorded': [['referredAt', 'before-event']],
  'custody.hearing_held': [['nextHearingAt', 'before-event']],
  'custody.bureau_notified': [['forwardedToCentralAgencyAt', 'before-event']],
};

/** Events that close an episode, the payload member naming its start, and the start's type. */
const EPISODE_ENDS: Readonly<Partial<Record<CustodyEventType, readonly [string, CustodyEventType]>>> = {
  'custody.solitary_ended': ['startEventId', 'custody.solitary_started'],
  'custody.hospital_returned': ['hospitalEventId', 'custody.hospital_admitted'],
};

function statusProblems(type: CustodyEventType, occurredMs: number, record: CustodyRecord): ValidationProblem[] {
  const allowed = ALLOWED_FROM[type];
  if (allowed === undefined) return [];
  const problems: ValidationProblem[] = [];
  if (!allowed.includes(record.status)) problems.push(problem('not-in-custody', 'type', record.status));
  if (occurredMs < record.statusSinceMs) problems.push(problem('before-status-change', 'occurredAt'));
  return problems;
}

function instantProblems(type: CustodyEventType, occurredMs: number, payload: JsonObject): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const [member, code] of NOT_BEFORE_EVENT[type] ?? []) {
    const at = valueOf(payload[member] as Known<string> | undefined);
    if (at !== undefined && Date.parse(at) < occurredMs) problems.push(problem(code, member));
  }
  return problems;
}

/** Whether an episode start is open: held, not voided, and not yet ended by an effective end event. */
function isOpenEpisode(record: CustodyRecord, startId: string, endType: CustodyEventType, member: string): boolean {
  return !record.timeline.some(
    (entry) => entry.type === endType && !record.voidedEventIds.has(entry.id) && entry.facts[member] === startId,
  );
}

function episodeProblems(type: CustodyEventType, occurredMs: number, payload: JsonObject, record: CustodyRecord) {
  const episode = EPISODE_ENDS[type];
  if (episode === undefined) return [];
  const [member, startType] = episode;
  const startId = payload[member];
  const start = record.timeline.find((entry) => entry.id === startId && entry.type === startType);
  if (start === undefined || record.voidedEventIds.has(start.id) || !isOpenEpisode(record, start.id, type, member)) {
    return [problem('episode-not-open', member)];
  }
  return start.occurredMs > occurredMs ? [problem('end-before-start', 'occurredAt')] : [];
}

/** Problems of a later (non-audit) event whose payload already passed its schema. */
export function laterEventProblems(
  type: CustodyEventType,
  occurredAt: string,
  payload: JsonObject,
  record: CustodyRecord,
): ValidationProblem[] {
  const occurredMs = Date.parse(occurredAt);
  const problems: ValidationProblem[] = [];
  if (occurredMs < record.admittedMs) problems.push(problem('before-admission', 'occurredAt'));
  return [
    ...problems,
    ...statusProblems(type, occurredMs, record),
    ...instantProblems(type, occurredMs, payload),
    ...episodeProblems(type, occurredMs, payload, record),
  ];
}
