/**
 * The hash chain of one ledger (design §4.1, §6.1): each event's `hash` is the lowercase
 * hex SHA-256 of the RFC 8785 canonical JSON of all its other members, and its `prev` is
 * the hash of the event before it (`""` for seq 1). Appending is synchronous (it runs
 * inside the storage transaction); bulk verification can use an asynchronous digest.
 */
import type { JsonObject } from '../crypto/canonicalJson';
import { assertJsonValue, canonicalJson, CanonicalJsonError } from '../crypto/canonicalJson';
import type { AsyncDigest } from '../crypto/hash';
import { sha256Hex } from '../crypto/hash';
import { toHex, utf8Encode } from '../util/bytes';
import type { Clock } from '../util/clock';
import { systemClock, toUtcIso } from '../util/clock';
import type { IdGenerator } from '../util/ids';
import { newId } from '../util/ids';
import type { ChainCursor, ChainFailure, ClockWarning, PreparedEvent } from './chainSteps';
import { linkEvent, prepareEvent, withoutHash } from './chainSteps';
import type { Author, EventDraft, LedgerEvent, UnhashedEvent } from './envelope';
import { eventDraftSchema, unhashedEventSchema } from './envelope';
import type { EventRegistry } from './registry';
import { validatePayload } from './registry';

/** The newest event of a ledger as far as one holder knows, or null if it knows none. */
export type LedgerHead = { ledger: string; seq: number; hash: string; recordedAt: string } | null;

/** What append needs besides the draft. */
export type AppendContext = {
  ledger: string;
  author: Author;
  clock: Clock;
  newId?: IdGenerator;
  /** If given, the draft's payload must be valid for its type. */
  registry?: EventRegistry;
};

/** Why append refused a draft. */
export const APPEND_ERROR_CODES = ['bad-draft', 'bad-payload', 'wrong-ledger', 'bad-event'] as const;
/** One of APPEND_ERROR_CODES. */
export type AppendErrorCode = (typeof APPEND_ERROR_CODES)[number];

/** Thrown by append; `detail` names members and rules, never values. */
export class AppendError extends Error {
  override readonly name = 'AppendError';
  /** @param code - see APPEND_ERROR_CODES */
  constructor(
    readonly code: AppendErrorCode,
    readonly detail: string,
  ) {
    super(`append: ${code}: ${detail}`);
  }
}

/** Options of verifyChain. Without startSeq the events must start at seq 1 with prev "". */
export type VerifyOptions = {
  registry?: EventRegistry;
  /** Accept event types the registry does not know (their payloads then go unchecked). */
  allowUnknownTypes?: boolean;
  /** The ledger the events must belong to; by default the first event's. */
  ledger?: string;
  /** Seq of the first event; default 1. */
  startSeq?: number;
  /** prev of the first event; default "" when startSeq is 1, unchecked otherwise. */
  startPrev?: string;
  /** recordedAt of the event before the first, for the clock-regression warning. */
  previousRecordedAt?: string;
  /** Reference for future-timestamp warnings; the device clock by default. */
  clock?: Clock;
  /** How far past the reference clock a recordedAt may be before it is flagged. */
  futureToleranceMs?: number;
  /**
   * Each event's canonical JSON bytes, the ones it was parsed from (a bundle's lines, which
   * the parser proved canonical): the hashed bytes are then cut from them, not serialized again.
   */
  lines?: readonly Uint8Array[];
};

/** A chain that verified, its last event as head (null if empty) and any clock warnings. */
export type ChainVerified = { ok: true; head: LedgerHead; count: number; warnings: ClockWarning[] };
/** The outcome of verifyChain. */
export type ChainVerification = ChainVerified | ChainFailure;

/** Default tolerance for recordedAt ahead of the checking clock. */
export const FUTURE_TOLERANCE_MS = 10 * 60 * 1000;
/** Events hashed concurrently by verifyChainAsync. */
export const ASYNC_VERIFY_BATCH_EVENTS = 1024;

/**
 * Lowercase hex SHA-256 of the canonical JSON of every member of the event except `hash`.
 * @throws CanonicalJsonError if the event is not plain JSON
 */
export function hashEvent(event: UnhashedEvent | LedgerEvent): string {
  return sha256Hex(canonicalJson(withoutHash(event)));
}

/** The head that an event makes. */
export function headOf(event: LedgerEvent): NonNullable<LedgerHead> {
  return { ledger: event.ledger, seq: event.seq, hash: event.hash, recordedAt: event.recordedAt };
}

/** Whether two heads name the same event of the same ledger. */
export function sameHead(a: LedgerHead, b: LedgerHead): boolean {
  if (a === null || b === null) return a === b;
  return a.ledger === b.ledger && a.seq === b.seq && a.hash === b.hash;
}

/**
 * The next event of the ledger: seq after the head, prev = head hash ("" for the first),
 * recordedAt from the clock (UTC). Pure: storing it is the caller's job.
 * @throws AppendError if the draft, its payload or the resulting event is invalid
 */
export function append(head: LedgerHead, draft: EventDraft, ctx: AppendContext): LedgerEvent {
  const parsed = eventDraftSchema.safeParse(draft);
  if (!parsed.success) throw new AppendError('bad-draft', firstIssue(parsed.error.issues));
  if (head !== null && head.ledger !== ctx.ledger) {
    throw new AppendError('wrong-ledger', 'head is of another ledger');
  }
  if (ctx.registry) {
    const payload = validatePayload(ctx.registry, draft.type, draft.payload);
    if (!payload.ok) {
      const { error } = payload;
      const detail = error.code === 'invalid' ? error.issues.join('; ') : 'unknown event type';
      throw new AppendError('bad-payload', detail);
    }
  }
  const unhashed: UnhashedEvent = {
    id: (ctx.newId ?? newId)(),
    ledger: ctx.ledger,
    seq: head === null ? 1 : head.seq + 1,
    type: draft.type,
    subject: draft.subject,
    occurredAt: draft.occurredAt,
    recordedAt: toUtcIso(ctx.clock.now()),
    author: { id: ctx.author.id, name: ctx.author.name },
    payload: detachedPayload(draft.payload),
    prev: head === null ? '' : head.hash,
  };
  const checked = unhashedEventSchema.safeParse(unhashed);
  if (!checked.success) throw new AppendError('bad-event', firstIssue(checked.error.issues));
  return { ...unhashed, hash: hashEvent(unhashed) };
}

/**
 * Verifies events of one ledger in order: envelope and payload schemas, plain JSON,
 * ledger, gapless seq, hash and prev links. Stops at the first failure. A verified
 * chain's `head` must still be compared with any head known from elsewhere: a chain cut
 * short at the end verifies, and only a known head shows it was cut.
 */
export function verifyChain(events: readonly unknown[], options: VerifyOptions = {}): ChainVerification {
  const cursor = newCursor(options);
  for (let index = 0; index < events.length; index++) {
    const prepared = prepareEvent(events[index], index, cursor.expectedSeq, options, options.lines?.[index]);
    if (!prepared.ok) return prepared;
    const failure = linkEvent(events, index, prepared, sha256Hex(prepared.hashedBytes), cursor);
    if (failure) return failure;
  }
  return verified(cursor, events.length);
}

/**
 * verifyChain with an asynchronous SHA-256 (e.g. WebCrypto, about 3× faster in bulk;
 * perf.md), hashing up to ASYNC_VERIFY_BATCH_EVENTS events at a time. Never use it inside a
 * storage transaction. Same result as verifyChain for the same input.
 */
export async function verifyChainAsync(
  events: readonly unknown[],
  options: VerifyOptions & { digest: AsyncDigest },
): Promise<ChainVerification> {
  const cursor = newCursor(options);
  for (let start = 0; start < events.length; start += ASYNC_VERIFY_BATCH_EVENTS) {
    const batch: PreparedEvent[] = [];
    let batchFailure: ChainFailure | undefined;
    for (let index = start; index < Math.min(start + ASYNC_VERIFY_BATCH_EVENTS, events.length); index++) {
      const prepared = prepareEvent(events[index], index, cursor.firstSeq + index, options, options.lines?.[index]);
      if (!prepared.ok) {
        batchFailure = prepared;
        break;
      }
      batch.push(prepared);
    }
    const hashes = await Promise.all(
      batch.map(async (prepared) => toHex(await options.digest(prepared.hashedBytes))),
    );
    for (const [offset, prepared] of batch.entries()) {
      const failure = linkEvent(events, start + offset, prepared, hashes[offset] ?? '', cursor);
      if (failure) return failure;
    }
    if (batchFailure) return batchFailure;
  }
  return verified(cursor, events.length);
}

/** A deep copy, so a caller changing its draft later cannot change the appended event. */
function detachedPayload(payload: Readonly<Record<string, unknown>>): JsonObject {
  let copy: unknown;
  try {
    copy = JSON.parse(canonicalJson(payload));
  } catch (error) {
    if (!(error instanceof CanonicalJsonError)) throw error;
    throw new AppendError('bad-payload', `not plain JSON: ${error.message}`);
  }
  assertJsonValue(copy);
  if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) {
    throw new AppendError('bad-payload', 'not an object');
  }
  return copy;
}

function newCursor(options: VerifyOptions): ChainCursor {
  const firstSeq = options.startSeq ?? 1;
  return {
    ledger: options.ledger,
    firstSeq,
    expectedSeq: firstSeq,
    expectedPrev: options.startPrev ?? (firstSeq === 1 ? '' : undefined),
    previousRecordedAt: options.previousRecordedAt,
    last: undefined,
    checkedAtMs: (options.clock ?? systemClock).now().getTime(),
    futureToleranceMs: options.futureToleranceMs ?? FUTURE_TOLERANCE_MS,
    warnings: [],
  };
}

function verified(cursor: ChainCursor, count: number): ChainVerified {
  return { ok: true, head: cursor.last ? headOf(cursor.last) : null, count, warnings: cursor.warnings };
}

function firstIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(draft)'}: ${issue.message}` : 'invalid';
}

/** The canonical JSON bytes of a whole event: one line of events.ndjson without its `\n` (design §6.1). */
export function canonicalEventBytes(event: LedgerEvent): Uint8Array {
  return utf8Encode(canonicalJson(event));
}
