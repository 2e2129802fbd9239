/**
 * Segments (design §6.1): a bundle carries, for each ledger, one run of consecutive
 * events, and the manifest describes each run by its first and last seq, the `prev` of
 * its first event and the hash of its last (a signed head that advisers can compare).
 * Events are ordered by ledger id, then seq.
 */
import type { JsonValue } from '../crypto/canonicalJson';
import type { LedgerEvent } from '../ledger/envelope';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import type { BundleProblem } from './errors';
import { problem } from './errors';
import { badLine } from './eventsFile';
import type { ParsedLine } from './eventsFile';
import type { ManifestSegment } from './manifest';

/** The lines of one ledger in a bundle, in file order: their values and their bytes. */
export type LedgerRun = { ledger: string; firstLine: number; values: JsonValue[]; lines: Uint8Array[] };

/**
 * The segments of events given in bundle order.
 * @throws TypeError if the events are not grouped by ascending ledger id, or a ledger's
 * events are not consecutive seqs linked by `prev`
 */
export function segmentsOf(events: readonly LedgerEvent[]): ManifestSegment[] {
  const collector = segmentCollector();
  for (const event of events) collector.add(event);
  return collector.segments;
}

/**
 * segmentsOf one event at a time, for a writer that does not hold the events together.
 * `add` throws as segmentsOf does.
 */
export function segmentCollector(): { add(event: LedgerEvent): void; readonly segments: ManifestSegment[] } {
  const segments: ManifestSegment[] = [];
  let previous: Pick<LedgerEvent, 'ledger' | 'seq' | 'hash'> | undefined;
  const add = (event: LedgerEvent): void => {
    const current = segments.at(-1);
    if (current === undefined || previous === undefined || event.ledger !== previous.ledger) {
      if (current !== undefined && event.ledger <= current.ledger) {
        throw new TypeError('segmentsOf: events must be grouped by ascending ledger id');
      }
      segments.push({ ledger: event.ledger, fromSeq: event.seq, toSeq: event.seq, fromPrev: event.prev, headHash: event.hash });
    } else {
      if (event.seq !== previous.seq + 1 || event.prev !== previous.hash) {
        throw new TypeError(`segmentsOf: seq ${event.seq} does not follow seq ${previous.seq} of its ledger`);
      }
      current.toSeq = event.seq;
      current.headHash = event.hash;
    }
    previous = { ledger: event.ledger, seq: event.seq, hash: event.hash };
  };
  return { add, segments };
}

/**
 * Groups parsed lines into runs of the same `ledger` member. A line whose `ledger` is not
 * a string cannot belong to any segment and is refused here (its other members are
 * checked with the chain).
 */
export function groupRuns(lines: readonly ParsedLine[]): Result<LedgerRun[], BundleProblem> {
  const runs: LedgerRun[] = [];
  for (const { line, value, bytes } of lines) {
    const ledger = typeof value === 'object' && value !== null && !Array.isArray(value) ? value.ledger : undefined;
    if (typeof ledger !== 'string') return err(badLine(line, 'schema', 'ledger: must be a ledger id'));
    const current = runs.at(-1);
    if (current?.ledger === ledger) {
      current.values.push(value);
      current.lines.push(bytes);
    } else runs.push({ ledger, firstLine: line, values: [value], lines: [bytes] });
  }
  return ok(runs);
}

/** The two ends of a verified run, all checkSegments looks at. */
type RunEnds = { readonly first: Pick<LedgerEvent, 'ledger' | 'seq' | 'prev'>; readonly last: Pick<LedgerEvent, 'seq' | 'hash'> };

/**
 * Checks that the runs are exactly the manifest's segments, in order: same ledgers,
 * first and last seq, `fromPrev` and `headHash`; returns each run with its segment. Run
 * on verified events, so `seq`, `prev` and `hash` are known to be well formed.
 */
export function checkSegments<R extends RunEnds>(runs: readonly R[], segments: readonly ManifestSegment[]): Result<(R & { segment: ManifestSegment })[], BundleProblem> {
  const paired: (R & { segment: ManifestSegment })[] = [];
  for (let index = 0; index < Math.max(runs.length, segments.length); index++) {
    const run = runs[index];
    const segment = segments[index];
    if (run === undefined || segment === undefined) {
      return err(problem('segment-mismatch', { ledger: segment?.ledger ?? run?.first.ledger ?? '', reason: 'ledgers differ from the manifest' }));
    }
    const { first, last } = run;
    const mismatch = (reason: string) => err(problem('segment-mismatch', { ledger: segment.ledger, reason }));
    if (first.ledger !== segment.ledger) return mismatch('ledgers differ from the manifest');
    if (first.seq !== segment.fromSeq || last.seq !== segment.toSeq) return mismatch('seq range differs');
    if (first.prev !== segment.fromPrev) return mismatch('fromPrev differs');
    if (last.hash !== segment.headHash) return mismatch('headHash differs');
    paired.push({ ...run, segment });
  }
  return ok(paired);
}
