/**
 * Continuity of an incoming bundle with what is already held (design §6 step 3,
 * security.md §5.3), decided after every other check passed. Two levels:
 * - bundles of one sender: `bundleSeq` 1, 2, 3 … linked by `prevBundle`. A bundle already
 *   imported is a no-op (`replay`); an older one not imported is `stale`; a different
 *   bundle with the last one's number is a `conflicting-bundle`; the next number with
 *   another `prevBundle` is a `broken-bundle-chain`. A jump in numbers alone is not an
 *   error: a sender may have sent the bundles in between to other recipients, so it only
 *   matters if events are missing too.
 * - ledgers: each segment is merged with the known head (mergeSegment). A fork rejects
 *   the bundle, with evidence; a segment that starts past the known head keeps the bundle
 *   pending until the missing events arrive.
 */
import type { LedgerHead } from '../ledger/chain';
import type { LedgerEvent } from '../ledger/envelope';
import type { ClockWarning } from '../ledger/chainSteps';
import type { MergeResult } from '../ledger/merge';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import type { BundleProblem, SenderParams } from './errors';
import { problem } from './errors';
import type { BundleManifest, ManifestSegment } from './manifest';

/** What the importer remembers of one sender's bundles. */
export type SenderContinuity = {
  readonly lastBundleSeq: number;
  readonly lastBundleManifestHash: string;
  /** Whether a bundle with this manifest hash was imported before (the import history). */
  readonly isImported?: (manifestHash: string) => boolean;
};

/** Bundle numbers skipped by this bundle (sent to others, or still to come). */
export type BundleGap = { from: number; to: number };

/** A segment that passed continuity: its new events, or nothing new at all. */
export type SegmentOutcome = {
  segment: ManifestSegment;
  /** True when the segment is of another ledger than the sender's own (relayed history). */
  isRelayed: boolean;
} & (
  | {
      status: 'applied';
      newEvents: LedgerEvent[];
      /** The new events' canonical bytes as the bundle carried them (LedgerStorage stores them as they are). */
      newLines: Uint8Array[];
      head: NonNullable<LedgerHead>;
      warnings: ClockWarning[];
    }
  | { status: 'duplicate' }
);

/** A segment, the line its first event is on, its events' bytes, and the verdict of mergeSegment. */
export type MergedSegment = { segment: ManifestSegment; firstLine: number; lines: readonly Uint8Array[]; result: MergeResult };

type WithStatus<S extends MergeResult['status']> = MergedSegment & { result: Extract<MergeResult, { status: S }> };

function hasStatus<S extends MergeResult['status']>(status: S) {
  return (entry: MergedSegment): entry is WithStatus<S> => entry.result.status === status;
}

/** Checks the bundle's place in its sender's sequence of bundles. */
export function checkBundleOrder(
  manifest: BundleManifest,
  manifestHash: string,
  known: SenderContinuity | undefined,
  sender: SenderParams,
): Result<BundleGap | null, BundleProblem> {
  if (known === undefined) return ok(null);
  const { bundleSeq } = manifest;
  const { lastBundleSeq } = known;
  if (manifestHash === known.lastBundleManifestHash || known.isImported?.(manifestHash) === true) {
    return err(problem('replay', { ...sender, bundleSeq }));
  }
  if (bundleSeq === lastBundleSeq) return err(problem('conflicting-bundle', { ...sender, bundleSeq }));
  if (bundleSeq < lastBundleSeq) return err(problem('stale', { ...sender, bundleSeq, lastBundleSeq }));
  if (bundleSeq === lastBundleSeq + 1 && manifest.prevBundle !== known.lastBundleManifestHash) {
    return err(problem('broken-bundle-chain', { ...sender, bundleSeq }));
  }
  return ok(bundleSeq > lastBundleSeq + 1 ? { from: lastBundleSeq + 1, to: bundleSeq - 1 } : null);
}

/**
 * Turns the merge verdicts of all segments into one decision: an invalid segment is a bad
 * event; any fork rejects the bundle (the first fork is the evidence); then anything
 * that cannot be compared; then any gap keeps the whole bundle pending, since a bundle is
 * applied all or nothing.
 */
export function judgeSegments(
  merged: readonly MergedSegment[],
  context: { sender: SenderParams; bundleSeq: number; gap: BundleGap | null },
): Result<SegmentOutcome[], BundleProblem> {
  const { sender } = context;
  const invalid = merged.find(hasStatus('invalid'));
  if (invalid) {
    const { at, reason, detail } = invalid.result;
    return err(problem('bad-event', { line: invalid.firstLine + at.index, seq: at.seq, ledger: at.ledger, reason, detail }));
  }
  const fork = merged.find(hasStatus('fork'));
  if (fork) {
    const { seq, knownHash, incomingHash } = fork.result;
    return err(problem('fork', { ...sender, forkedLedger: fork.segment.ledger, seq, knownHash, incomingHash }));
  }
  const unverifiable = merged.find(hasStatus('unverifiable'));
  if (unverifiable) {
    return err(problem('unverifiable', { ...sender, overlapLedger: unverifiable.segment.ledger, seq: unverifiable.result.seq }));
  }
  const pending = merged.find(hasStatus('pending'));
  if (pending) {
    const { missingFrom, missingTo } = pending.result;
    const missing = { missingLedger: pending.segment.ledger, missingFrom, missingTo };
    return err(problem('pending', { ...sender, bundleSeq: context.bundleSeq, missingBundleSeq: context.gap?.from ?? null, ...missing }));
  }
  return ok(merged.map((entry) => outcomeOf(entry, sender.ledger)));
}

function outcomeOf(entry: MergedSegment, senderLedger: string): SegmentOutcome {
  const { segment, result, lines } = entry;
  const isRelayed = segment.ledger !== senderLedger;
  if (result.status === 'applied') {
    // The new events are the segment's last ones (merging drops those already held).
    const newLines = lines.slice(lines.length - result.events.length);
    return { segment, isRelayed, status: 'applied', newEvents: result.events, newLines, head: result.head, warnings: result.warnings };
  }
  // judgeSegments has returned on every other verdict, so this one is `duplicate`.
  return { segment, isRelayed, status: 'duplicate' };
}
