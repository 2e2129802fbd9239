/**
 * Validation of a custody event draft before it is written: its payload schema, then
 * cross-field rules (birth after arrest, release before admission, dates in the future,
 * empty reasons, estimated age against birth date, ends before starts, a confirmation by
 * the author). Returns every problem with a code and a field path; an empty list means
 * the draft may be appended. Pure: the clock is the `now` of the context.
 */
import type { JsonObject, JsonValue } from '../crypto/canonicalJson';
import type { EventDraft } from '../ledger/envelope';
import type { AdmissionPayload } from './events/admission';
import type { CustodyEventType, CustodyPayloads } from './eventTypes';
import { custodyEventRegistry, isCustodyEventType } from './eventTypes';
import type { CustodyRecord } from './projection/types';
import type { AdmissionContext } from './validation/admission';
import { admissionProblems } from './validation/admission';
import type { CorrectionTarget } from './validation/audit';
import { confirmationProblems, correctionProblems, voidProblems } from './validation/audit';
import { laterEventProblems } from './validation/later';
import type { ValidationProblem } from './validation/problems';
import { fieldPathOf, problem } from './validation/problems';

export type { ValidationCode, ValidationProblem } from './validation/problems';
export { VALIDATION_CODES } from './validation/problems';
export type { CorrectionTarget } from './validation/audit';

/** How far ahead of `now` a time may be before it counts as in the future (device clocks drift). */
export const FUTURE_TOLERANCE_MS = 10 * 60 * 1000;
// The latest offset in use is +14:00, so a local date can run that far ahead of UTC.
const MAX_OFFSET_MS = 14 * 60 * 60 * 1000;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What validation needs besides the draft. */
export type ValidationContext = AdmissionContext & {
  readonly now: Date;
  readonly futureToleranceMs?: number;
  /** The record a later event is about (required for every type but `custody.admitted`). */
  readonly record?: CustodyRecord;
  /** The user who will author the draft (required for confirmations). */
  readonly authorId?: string;
  /** For a correction: the corrected event as it reads now. */
  readonly target?: CorrectionTarget;
};

function schemaProblems(type: CustodyEventType, payload: unknown): ValidationProblem[] {
  const parsed = custodyEventRegistry.definitions.get(type)?.payload.safeParse(payload);
  if (parsed === undefined || parsed.success) return [];
  return parsed.error.issues.map((issue) =>
    problem(issue.message === 'empty-reason' ? 'empty-reason' : 'invalid', fieldPathOf(issue.path.map(String).join('.')) || '(payload)'),
  );
}

/** NOTE: mutates `out`. Walks a payload for instants and dates later than allowed. */
function collectFuture(value: JsonValue | undefined, path: string, limits: { instantMs: number; date: string }, out: ValidationProblem[]) {
  if (typeof value === 'string') {
    const isLate = INSTANT.test(value) ? Date.parse(value) > limits.instantMs : DATE.test(value) && value > limits.date;
    if (isLate) out.push(problem('future-date', fieldPathOf(path)));
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => { collectFuture(item, path ? `${path}.${index}` : String(index), limits, out); });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      // What a correction replaces is history, not a claim about now.
      if (path === '' && key === 'from') continue;
      collectFuture(item, path ? `${path}.${key}` : key, limits, out);
    }
  }
}

function futureProblems(draft: EventDraft, context: ValidationContext): ValidationProblem[] {
  const instantMs = context.now.getTime() + (context.futureToleranceMs ?? FUTURE_TOLERANCE_MS);
  const date = new Date(instantMs + MAX_OFFSET_MS).toISOString().slice(0, 10);
  const out: ValidationProblem[] = [];
  if (Date.parse(draft.occurredAt) > instantMs) out.push(problem('future-date', 'occurredAt'));
  collectFuture(draft.payload as JsonObject, '', { instantMs, date }, out);
  return out;
}

function typeProblems(type: CustodyEventType, draft: EventDraft, context: ValidationContext): ValidationProblem[] {
  const { record } = context;
  if (type === 'custody.admitted') {
    const exists = record?.id === draft.subject ? [problem('record-exists', 'subject')] : [];
    return [...exists, ...admissionProblems(draft.payload as AdmissionPayload, draft.occurredAt, context)];
  }
  if (record?.id !== draft.subject) return [problem('unknown-record', 'subject')];
  const payload = draft.payload as JsonObject;
  if (type === 'custody.corrected') {
    return correctionProblems(payload as CustodyPayloads['custody.corrected'], record, context.target);
  }
  if (type === 'custody.voided') return voidProblems(payload as CustodyPayloads['custody.voided'], record);
  if (type === 'custody.confirmed') {
    return confirmationProblems(payload as CustodyPayloads['custody.confirmed'], record, context.authorId);
  }
  return laterEventProblems(type, draft.occurredAt, payload, record);
}

/** Every problem of a custody event draft; empty when it may be written. */
export function validateCustodyDraft(draft: EventDraft, context: ValidationContext): ValidationProblem[] {
  if (!isCustodyEventType(draft.type)) return [problem('unknown-type', 'type')];
  const schema = schemaProblems(draft.type, draft.payload);
  if (schema.length > 0) return schema;
  return [...futureProblems(draft, context), ...typeProblems(draft.type, draft, context)];
}
