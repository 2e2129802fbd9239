/**
 * The events check of a bundle (design §6.3, "each event"): the events file's lines parsed
 * strictly, grouped into one run per ledger, and each run verified (envelope and payload
 * schemas, hashes, `prev` links). The importer keeps every event's value to apply it; a
 * reader that only judges a bundle keeps a verdict per run instead (RunVerdict), which lets
 * it drop the values as it goes or verify parts of the file elsewhere (EventsVerifier).
 */
import type { ChainVerified } from '../ledger/chain';
import type { LedgerEvent } from '../ledger/envelope';
import type { EventRegistry } from '../ledger/registry';
import { hasEventType } from '../ledger/registry';
import type { AsyncDigest } from '../crypto/hash';
import type { Clock } from '../util/clock';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import type { BundleProblem } from './errors';
import { problem } from './errors';
import type { ParsedLine } from './eventsFile';
import { parseEventLines } from './eventsFile';
import type { Inflated } from './inflate';
import type { LedgerRun } from './segments';
import { groupRuns } from './segments';
import type { SliceProgress } from './verifyRun';
import { verifyRunInSlices } from './verifyRun';

/** What verifying events depends on besides the events. */
export type EventsContext = {
  readonly registry: EventRegistry;
  /** Reference for future-timestamp warnings. */
  readonly clock?: Clock;
  /** An asynchronous SHA-256 for the events' hashes; the synchronous one otherwise. */
  readonly digest?: AsyncDigest;
  readonly maxLineBytes: number;
};

/** One ledger's run of lines, verified: its ends, its lines' bytes and the chain's verdict, without the values between. */
export type RunVerdict = {
  ledger: string;
  /** 1-based line of the run's first event in the events file. */
  firstLine: number;
  lines: Uint8Array[];
  first: LedgerEvent;
  last: LedgerEvent;
  verified: ChainVerified;
};

/**
 * Verifies a whole events file (already checked against the manifest) into one verdict per
 * run, or the first problem in the order the importer finds it: any unreadable line first,
 * then the runs' events in file order. Another verifier must give exactly the same result.
 */
export type EventsVerifier = (file: Inflated, context: EventsContext) => Promise<Result<RunVerdict[], BundleProblem>>;

type Stage<T> = Result<T, BundleProblem>;

/** The file's lines parsed and grouped by ledger; the file is consumed, and the per-line list dropped once grouped. */
export function parsedRuns(file: Inflated, maxLineBytes: number): Stage<LedgerRun[]> {
  const lines = parseEventLines(file, maxLineBytes);
  return lines.ok ? groupRuns(lines.value) : lines;
}

/**
 * Envelope and payload schemas, hashes and `prev` links of one ledger's lines, in file
 * order; `after` is the event before the run's first when the run continues one verified
 * elsewhere. A failure is named at its line of the events file.
 */
export async function verifyParsedRun(
  run: LedgerRun,
  context: Omit<EventsContext, 'maxLineBytes'>,
  onSlice?: SliceProgress,
  after?: Pick<LedgerEvent, 'seq' | 'hash' | 'recordedAt'>,
): Promise<Stage<{ events: LedgerEvent[]; verified: ChainVerified }>> {
  const runOptions = {
    registry: context.registry,
    ledger: run.ledger,
    startSeq: seqOf(run.values[0]),
    ...(context.clock ? { clock: context.clock } : {}),
    ...(context.digest ? { digest: context.digest } : {}),
    ...(after ? { after } : {}),
    lines: run.lines,
  };
  const verification = await verifyRunInSlices(run.values, runOptions, onSlice);
  if (verification.ok && isEventList(run.values, verification.count)) return ok({ events: run.values, verified: verification });
  if (verification.ok) return err(problem('bad-event', { line: run.firstLine, seq: null, ledger: run.ledger, reason: 'schema', detail: 'not events' }));
  const { at, reason, detail } = verification;
  const type = typeOf(run.values[at.index]);
  const isUnknownType = reason === 'schema' && type !== '' && !hasEventType(context.registry, type);
  const params = { line: run.firstLine + at.index, seq: at.seq, ledger: at.ledger === '' ? null : at.ledger };
  return err(problem('bad-event', { ...params, reason: isUnknownType ? 'unknown-type' : reason, detail }));
}

/**
 * The verdict of each run of a file, verified one after the other; each run's values are
 * released once it is verified.
 */
export const verifyEventsSerially: EventsVerifier = async (file, context) => {
  const runs = parsedRuns(file, context.maxLineBytes);
  if (!runs.ok) return runs;
  const verdicts: RunVerdict[] = [];
  for (let index = 0; index < runs.value.length; index++) {
    const run = runs.value[index];
    if (run === undefined) continue;
    const verified = await verifyParsedRun(run, context);
    if (!verified.ok) return verified;
    verdicts.push(runVerdict(run, verified.value.events, verified.value.verified));
    runs.value[index] = { ...run, values: [] };
  }
  return ok(verdicts);
};

/**
 * A run's verdict from its verified events.
 * @throws RangeError if there are none (a run always has a line)
 */
export function runVerdict(run: Pick<LedgerRun, 'ledger' | 'firstLine' | 'lines'>, events: readonly LedgerEvent[], verified: ChainVerified): RunVerdict {
  const [first, last] = [events[0], events.at(-1)];
  if (first === undefined || last === undefined) throw new RangeError('runVerdict: a run has at least one event');
  return { ledger: run.ledger, firstLine: run.firstLine, lines: run.lines, first, last, verified };
}

/** verifyRunInSlices accepted every value as a ledger event, so they are ledger events. */
function isEventList(values: readonly ParsedLine['value'][], verifiedCount: number): values is LedgerEvent[] {
  return verifiedCount === values.length;
}

function seqOf(value: unknown): number {
  const seq = typeof value === 'object' && value !== null && 'seq' in value ? value.seq : undefined;
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0 ? seq : 1;
}

function typeOf(value: unknown): string {
  const type = typeof value === 'object' && value !== null && 'type' in value ? value.type : undefined;
  return typeof type === 'string' ? type : '';
}
