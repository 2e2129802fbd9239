/**
 * The per-event steps of chain verification, shared by the synchronous and the batched
 * asynchronous verifier (chain.ts): `prepareEvent` checks one event on its own and gives
 * the bytes its hash covers; `linkEvent` checks it against the events before it.
 */
import { canonicalJson, CanonicalJsonError } from '../crypto/canonicalJson';
import { fastCanonicalJsonWithout } from '../crypto/fastCanonicalJson';
import { unhashedBytesOf } from './canonicalLine';
import { utf8Encode } from '../util/bytes';
import type { LedgerEvent } from './envelope';
import { HEX_SHA256, ledgerEventSchema } from './envelope';
import { isCertainlyLedgerEvent } from './envelopeCheck';
import type { EventRegistry, PayloadProblem } from './registry';
import { validatePayload } from './registry';

/** Why a chain failed verification. */
export const CHAIN_FAILURE_REASONS = [
  'bad-hash',
  'bad-prev',
  'seq-gap',
  'duplicate-seq',
  'schema',
  'wrong-ledger',
  'bad-order',
] as const;
/** One of CHAIN_FAILURE_REASONS. */
export type ChainFailureReason = (typeof CHAIN_FAILURE_REASONS)[number];

/** Where verification stopped: the event's ledger and seq (as claimed, or as expected) and its index. */
export type ChainPosition = { ledger: string; seq: number; index: number };
/** A failed verification. `detail` names rules and members, never payload values. */
export type ChainFailure = { ok: false; at: ChainPosition; reason: ChainFailureReason; detail: string };

/** A device-clock anomaly: a warning, never a failure (design §4.4, security.md T6). */
export type ClockWarning =
  | { kind: 'clock-regression'; at: ChainPosition; recordedAt: string; previousRecordedAt: string }
  | { kind: 'future-timestamp'; at: ChainPosition; recordedAt: string; checkedAt: string };

/** Options of prepareEvent. */
export type PrepareOptions = { registry?: EventRegistry; allowUnknownTypes?: boolean };

/** Verification state carried from one event to the next. NOTE: linkEvent mutates it. */
export type ChainCursor = {
  ledger: string | undefined;
  firstSeq: number;
  expectedSeq: number;
  expectedPrev: string | undefined;
  previousRecordedAt: string | undefined;
  last: LedgerEvent | undefined;
  checkedAtMs: number;
  futureToleranceMs: number;
  warnings: ClockWarning[];
};

/** An event that passed its own checks, with the bytes of its canonical form without `hash`. */
export type PreparedEvent = { ok: true; event: LedgerEvent; hashedBytes: Uint8Array };

/**
 * Checks one event on its own: envelope schema, plain JSON, payload schema. `line`, when
 * given, is the canonical JSON `raw` was parsed from (VerifyOptions.lines).
 */
export function prepareEvent(
  raw: unknown,
  index: number,
  expectedSeq: number,
  options: PrepareOptions,
  line?: Uint8Array,
): PreparedEvent | ChainFailure {
  const envelope = envelopeOf(raw, index, expectedSeq);
  if (!envelope.ok) return envelope;
  const event = envelope.value;
  const at = { ledger: event.ledger, seq: event.seq, index };
  let hashedBytes: Uint8Array;
  try {
    hashedBytes = (line && unhashedBytesOf(line)) ?? utf8Encode(fastCanonicalJsonWithout(raw, 'hash') ?? canonicalJson(withoutHash(raw)));
  } catch (error) {
    if (error instanceof CanonicalJsonError) return failure(at, 'schema', `not plain JSON: ${error.message}`);
    throw error;
  }
  if (options.registry) {
    // The hashed text above (or the parser, for a line) proved the payload plain JSON: the schema check is what remains.
    const payload = validatePayload(options.registry, event.type, event.payload, { plainJsonChecked: true });
    if (!payload.ok) {
      const tolerated = payload.error.code === 'unknown-type' && options.allowUnknownTypes === true;
      if (!tolerated) return failure(at, 'schema', describePayloadProblem(payload.error));
    }
  }
  return { ok: true, event, hashedBytes };
}

/** The envelope checked: by plain code when it certainly passes, else by the schema, which explains. */
function envelopeOf(raw: unknown, index: number, expectedSeq: number): { ok: true; value: LedgerEvent } | ChainFailure {
  if (isCertainlyLedgerEvent(raw)) return { ok: true, value: raw };
  const parsed = ledgerEventSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue ? `${issue.path.map(String).join('.') || '(event)'}: ${issue.message}` : 'invalid';
  return failure(claimedPosition(raw, index, expectedSeq), 'schema', where);
}

/**
 * Checks an event against the ones before it (ledger, seq, hash, prev) and notes clock
 * anomalies. On success advances the cursor.
 * @param hash - lowercase hex SHA-256 of the prepared event's hashed bytes
 */
export function linkEvent(
  events: readonly unknown[],
  index: number,
  prepared: PreparedEvent,
  hash: string,
  cursor: ChainCursor,
): ChainFailure | undefined {
  const { event } = prepared;
  const at = { ledger: event.ledger, seq: event.seq, index };
  if (cursor.ledger !== undefined && event.ledger !== cursor.ledger) {
    return failure(at, 'wrong-ledger', 'event belongs to another ledger');
  }
  if (event.seq !== cursor.expectedSeq) return seqFailure(events, at, cursor);
  if (hash !== event.hash) return failure(at, 'bad-hash', 'hash does not match the event');
  if (cursor.expectedPrev !== undefined && event.prev !== cursor.expectedPrev) {
    return failure(at, 'bad-prev', 'prev is not the hash of the previous event');
  }
  noteClock(event, at, cursor);
  cursor.ledger = event.ledger;
  cursor.expectedSeq = event.seq + 1;
  cursor.expectedPrev = event.hash;
  cursor.previousRecordedAt = event.recordedAt;
  cursor.last = event;
  return undefined;
}

function seqFailure(events: readonly unknown[], at: ChainPosition, cursor: ChainCursor): ChainFailure {
  const expected = cursor.expectedSeq;
  if (at.seq < expected && at.seq >= cursor.firstSeq) {
    return failure(at, 'duplicate-seq', `seq ${at.seq} appears more than once`);
  }
  if (at.seq < expected) return failure(at, 'bad-order', `expected seq ${expected}`);
  const expectedComesLater = events.slice(at.index + 1).some((later) => seqOf(later) === expected);
  return expectedComesLater
    ? failure(at, 'bad-order', `seq ${expected} comes after seq ${at.seq}`)
    : failure(at, 'seq-gap', `seq ${expected} to ${at.seq - 1} missing`);
}

function noteClock(event: LedgerEvent, at: ChainPosition, cursor: ChainCursor): void {
  const recordedMs = Date.parse(event.recordedAt);
  const previous = cursor.previousRecordedAt;
  if (previous !== undefined && recordedMs < Date.parse(previous)) {
    const { recordedAt } = event;
    cursor.warnings.push({ kind: 'clock-regression', at, recordedAt, previousRecordedAt: previous });
  }
  if (recordedMs > cursor.checkedAtMs + cursor.futureToleranceMs) {
    const checkedAt = new Date(cursor.checkedAtMs).toISOString();
    cursor.warnings.push({ kind: 'future-timestamp', at, recordedAt: event.recordedAt, checkedAt });
  }
}

/** The event's members except `hash`, as given (the schema's output could differ from what was hashed). */
export function withoutHash(event: unknown): unknown {
  if (typeof event !== 'object' || event === null) return event;
  return Object.fromEntries(Object.entries(event).filter(([key]) => key !== 'hash'));
}

function describePayloadProblem(problem: PayloadProblem): string {
  return problem.code === 'unknown-type'
    ? `unknown event type ${problem.type}`
    : `payload of ${problem.type}: ${problem.issues.join('; ')}`;
}

function claimedPosition(raw: unknown, index: number, expectedSeq: number): ChainPosition {
  const seq = seqOf(raw);
  const ledger = typeof raw === 'object' && raw !== null && 'ledger' in raw ? raw.ledger : undefined;
  return {
    ledger: typeof ledger === 'string' && HEX_SHA256.test(ledger) ? ledger : '',
    seq: seq ?? expectedSeq,
    index,
  };
}

function seqOf(raw: unknown): number | undefined {
  const seq = typeof raw === 'object' && raw !== null && 'seq' in raw ? raw.seq : undefined;
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0 ? seq : undefined;
}

function failure(at: ChainPosition, reason: ChainFailureReason, detail: string): ChainFailure {
  return { ok: false, at, reason, detail };
}
