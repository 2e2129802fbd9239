/**
 * Continuity of an incoming segment of a ledger with what is already held (design §6 step
 * 3, security.md §5.3). Importing is idempotent and order-independent: a segment already
 * held is a duplicate, one that starts past the known head waits as pending, one that
 * disagrees with a known event is a fork (rejected, kept as evidence), and one that
 * overlaps and extends the known chain contributes only its new tail.
 */
import type { ChainFailure, ClockWarning } from './chainSteps';
import type { ChainVerified, LedgerHead, VerifyOptions } from './chain';
import { headOf, verifyChain } from './chain';
import type { LedgerEvent } from './envelope';

/** What the importer holds of one ledger. */
export type KnownLedger = {
  head: LedgerHead;
  /**
   * Hash of the held event at `seq` (≤ head seq), if at hand. Needed only when a segment
   * ends below the known head; other overlaps are settled by the head hash, because each
   * event's hash commits to every event before it.
   */
  hashAt?: (seq: number) => string | undefined;
};

/** Options of mergeSegment: those of verifyChain that do not follow from the known head. */
export type MergeOptions = Pick<
  VerifyOptions,
  'registry' | 'allowUnknownTypes' | 'clock' | 'futureToleranceMs'
>;

/** The outcome of mergeSegment. */
export type MergeResult =
  | { status: 'applied'; events: LedgerEvent[]; head: NonNullable<LedgerHead>; warnings: ClockWarning[] }
  | { status: 'duplicate' }
  | { status: 'pending'; missingFrom: number; missingTo: number }
  | { status: 'fork'; seq: number; knownHash: string; incomingHash: string }
  | { status: 'unverifiable'; seq: number }
  | ({ status: 'invalid' } & Omit<ChainFailure, 'ok'>);

/**
 * Decides what an incoming segment (consecutive events of one ledger, in seq order)
 * adds to the known ledger. Pure: applying `events` is the caller's job.
 * - `applied`: `events` are the new ones only, `head` the new head;
 * - `duplicate`: every event is already held, identically (also for an empty segment);
 * - `pending`: seqs `missingFrom`..`missingTo` are needed first;
 * - `fork`: the segment disagrees with the held event at `seq` (for a segment starting
 *   right after the head, `seq` is the head's and `incomingHash` the segment's `prev`);
 * - `unverifiable`: the segment ends below the head and `hashAt` did not give the held
 *   hash at `seq`, so it cannot be told apart from a fork;
 * - `invalid`: the segment fails verifyChain (including events of another ledger).
 */
export function mergeSegment(
  known: KnownLedger,
  incoming: readonly LedgerEvent[],
  options: MergeOptions = {},
): MergeResult {
  const first = incoming[0];
  if (first === undefined) return { status: 'duplicate' };
  const knownSeq = known.head?.seq ?? 0;
  const firstSeq = Number.isSafeInteger(first.seq) && first.seq > 0 ? first.seq : 1;
  const verification = verifyChain(incoming, {
    ...options,
    ...(known.head ? { ledger: known.head.ledger } : {}),
    startSeq: firstSeq,
    ...(known.head && firstSeq === knownSeq + 1 ? { previousRecordedAt: known.head.recordedAt } : {}),
  });
  if (!verification.ok) {
    const { at, reason, detail } = verification;
    return { status: 'invalid', at, reason, detail };
  }
  return judgeVerified(known, incoming, firstSeq, verification.warnings);
}

/**
 * mergeSegment for a segment the caller has just verified itself with verifyChain (with
 * its registry and clock, the segment's own ledger, startSeq its first event's seq), so
 * that a bundle's events are not verified twice. What that verification could not know,
 * the known head, is checked here: its ledger, and the clock regression of the first event
 * against the head's recordedAt. Same verdict as mergeSegment (tested in mergeVerified.test.ts).
 */
export function mergeVerifiedSegment(known: KnownLedger, incoming: readonly LedgerEvent[], verified: ChainVerified): MergeResult {
  const first = incoming[0];
  if (first === undefined) return { status: 'duplicate' };
  const head = known.head;
  if (head !== null && first.ledger !== head.ledger) {
    const at = { ledger: first.ledger, seq: first.seq, index: 0 };
    return { status: 'invalid', at, reason: 'wrong-ledger', detail: 'event belongs to another ledger' };
  }
  // Verified events: their seq is a safe positive integer, as mergeSegment would make it.
  const previousRecordedAt = head !== null && first.seq === head.seq + 1 ? head.recordedAt : undefined;
  const regressed = previousRecordedAt !== undefined && Date.parse(first.recordedAt) < Date.parse(previousRecordedAt);
  const at = { ledger: first.ledger, seq: first.seq, index: 0 };
  const regression: ClockWarning[] = regressed
    ? [{ kind: 'clock-regression', at, recordedAt: first.recordedAt, previousRecordedAt }]
    : [];
  return judgeVerified(known, incoming, first.seq, [...regression, ...verified.warnings]);
}

function judgeVerified(known: KnownLedger, incoming: readonly LedgerEvent[], firstSeq: number, warnings: ClockWarning[]): MergeResult {
  const knownSeq = known.head?.seq ?? 0;
  const first = incoming[0];
  if (first === undefined) return { status: 'duplicate' };
  if (firstSeq > knownSeq + 1) {
    return { status: 'pending', missingFrom: knownSeq + 1, missingTo: firstSeq - 1 };
  }
  const overlap = compareOverlap(known, incoming);
  if (overlap) return overlap;
  const fresh = incoming.filter((event) => event.seq > knownSeq);
  const last = fresh.at(-1);
  if (last === undefined) return { status: 'duplicate' };
  if (known.head && firstSeq === knownSeq + 1 && first.prev !== known.head.hash) {
    return { status: 'fork', seq: knownSeq, knownHash: known.head.hash, incomingHash: first.prev };
  }
  return { status: 'applied', events: fresh, head: headOf(last), warnings };
}

/** Checks incoming events at seqs already held; a verdict, or undefined if they agree. */
function compareOverlap(known: KnownLedger, incoming: readonly LedgerEvent[]): MergeResult | undefined {
  const head = known.head;
  if (head === null) return undefined;
  const overlapping = incoming.filter((event) => event.seq <= head.seq);
  const lastOverlapping = overlapping.at(-1);
  if (lastOverlapping === undefined) return undefined;
  let lastKnownHash: string | undefined;
  for (const event of overlapping) {
    const knownHash = event.seq === head.seq ? head.hash : known.hashAt?.(event.seq);
    if (knownHash !== undefined && knownHash !== event.hash) {
      return { status: 'fork', seq: event.seq, knownHash, incomingHash: event.hash };
    }
    lastKnownHash = knownHash;
  }
  return lastKnownHash === undefined ? { status: 'unverifiable', seq: lastOverlapping.seq } : undefined;
}
