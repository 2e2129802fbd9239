/**
 * Every import check of a bundle for a reader that holds nothing and applies nothing (the
 * command-line tool): readBundle's checks and verdicts, given no history of any sender or
 * ledger, without keeping the events' values — only each run's verdict and its lines. So
 * the events may be verified by any EventsVerifier, in parts or in parallel.
 */
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import type { DecryptedWith } from './ageLayer';
import type { BundleProblem, SenderParams } from './errors';
import { problem } from './errors';
import type { ManifestSegment } from './manifest';
import type { BundleRejection, BundleWarning, OpenBundleOptions, ReadBundleOptions, SignedContext } from './read';
import { openBundle } from './read';
import type { EventsVerifier, RunVerdict } from './runVerdicts';
import { verifyEventsSerially } from './runVerdicts';
import { checkSegments } from './segments';

/** What checkBundle needs: readBundle's options without what is held, plus how to verify the events. */
export type CheckBundleOptions = OpenBundleOptions &
  Pick<ReadBundleOptions, 'registry' | 'clock'> & {
    /** verifyEventsSerially when absent. */
    readonly verifyEvents?: EventsVerifier;
  };

/** A segment of a bundle that passed every check, with its events' bytes as carried. */
export type CheckedSegment = { segment: ManifestSegment; isRelayed: boolean; lines: Uint8Array[] };

/** A bundle that passed every check, as readBundle would report it to an installation holding nothing. */
export type CheckedBundle = SignedContext & {
  decryptedWith: DecryptedWith;
  segments: CheckedSegment[];
  warnings: BundleWarning[];
};

type PairedRun = RunVerdict & { segment: ManifestSegment };

/** Runs every import check on a `.habeas` file, as readBundle does with nothing held. */
export async function checkBundle(file: Uint8Array, options: CheckBundleOptions): Promise<Result<CheckedBundle, BundleRejection>> {
  const opened = await openBundle(file, options);
  if (!opened.ok) return opened;
  const { context, decryptedWith, limits } = opened.value;
  const verify = options.verifyEvents ?? verifyEventsSerially;
  const { registry, clock, digest } = options;
  const eventsContext = { registry, maxLineBytes: limits.maxLineBytes, ...(clock ? { clock } : {}), ...(digest ? { digest } : {}) };
  const runs = await verify(opened.value.inflated, eventsContext);
  const paired = runs.ok ? checkSegments(runs.value, context.manifest.segments) : runs;
  if (!paired.ok) return err({ problem: paired.error, signed: context });
  const judged = judgeUnheld(paired.value, context);
  if (!judged.ok) return err({ problem: judged.error, signed: context });
  return ok({ ...context, decryptedWith, ...judged.value });
}

/**
 * Continuity against nothing held: no bundle of the sender is known, so its order cannot
 * be wrong (checkBundleOrder) and nothing is skipped; a segment that does not start at its
 * ledger's first event waits for the events before it (pending), as mergeVerifiedSegment
 * decides with no known head.
 */
function judgeUnheld(runs: readonly PairedRun[], context: SignedContext): Result<Pick<CheckedBundle, 'segments' | 'warnings'>, BundleProblem> {
  const { manifest } = context;
  const sender: SenderParams = { facility: context.sender.name, ledger: manifest.sender.ledger };
  const pending = runs.find((run) => run.first.seq > 1);
  if (pending) {
    const missing = { missingLedger: pending.segment.ledger, missingFrom: 1, missingTo: pending.first.seq - 1 };
    return err(problem('pending', { ...sender, bundleSeq: manifest.bundleSeq, missingBundleSeq: null, ...missing }));
  }
  const warnings: BundleWarning[] = [];
  const segments = runs.map((run): CheckedSegment => {
    const isRelayed = run.segment.ledger !== sender.ledger;
    if (isRelayed) warnings.push({ kind: 'relayed-ledger', ledger: run.segment.ledger });
    // One by one: a run may carry more warnings than a spread call takes arguments.
    for (const warning of run.verified.warnings) warnings.push({ kind: 'clock', warning });
    return { segment: run.segment, isRelayed, lines: run.lines };
  });
  return ok({ segments, warnings });
}
