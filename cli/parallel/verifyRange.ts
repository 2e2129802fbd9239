/**
 * The events check of one range of an events file, as a thread of its own runs it: the
 * range's lines parsed strictly, grouped by ledger and verified, slice by slice, each
 * slice's first run linked to the event before it (for the first slice, the predecessor
 * line) when it continues that event's ledger. Any problem gives only "failed": the
 * caller then verifies the whole file in one pass, which names the first problem of the
 * file exactly as the importer does.
 */
import { parseCanonicalBytes } from '@shared/crypto/canonicalJson';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { EventRegistry } from '@shared/ledger/registry';
import { parsedRuns, runVerdict, verifyParsedRun } from '@shared/bundle/runVerdicts';
import type { LineRange, RunPiece } from './ranges';

/** One range to verify, and what verifying depends on. */
export type RangeTask = {
  range: LineRange;
  maxLineBytes: number;
  /** The checking clock's reading, for future-timestamp warnings. */
  nowMs: number;
};

/** A range's verdict: the pieces of runs it holds, or that something in it failed. */
export type RangeOutcome = { ok: true; pieces: RunPiece[] } | { ok: false };

export const RANGE_FAILED: RangeOutcome = { ok: false };

type Predecessor = Pick<LedgerEvent, 'ledger' | 'seq' | 'hash' | 'recordedAt'>;
type Context = Parameters<typeof verifyParsedRun>[1];

/**
 * A range is parsed and verified a slice of about this many bytes at a time, each slice
 * linked to the last event of the one before, so that the values parsed die young instead
 * of filling the heap (the verdict is the same: any failure sends the file to one pass).
 */
export const SLICE_BYTES = 1 << 20;
const LF = 0x0a;

/** Verifies the range `task` names of the events file `bytes`. */
export async function verifyRange(bytes: Uint8Array, task: RangeTask, registry: EventRegistry, sliceBytes = SLICE_BYTES): Promise<RangeOutcome> {
  const { range } = task;
  let before = range.predecessorStart === null ? null : predecessorOf(bytes.subarray(range.predecessorStart, range.start - 1));
  if (before === undefined) return RANGE_FAILED;
  const context = { registry, clock: { now: () => new Date(task.nowMs) } };
  const pieces: RunPiece[] = [];
  let start = range.start;
  while (start < range.end) {
    const lineFeed = bytes.indexOf(LF, Math.min(start + sliceBytes, range.end) - 1);
    const end = lineFeed < 0 || lineFeed >= range.end ? range.end : lineFeed + 1;
    const slice = await verifySlice(bytes.subarray(start, end), { start, before }, context, task.maxLineBytes);
    const last = slice?.at(-1);
    if (slice === undefined || last === undefined) return RANGE_FAILED;
    pieces.push(...slice);
    [start, before] = [end, last.last];
  }
  return { ok: true, pieces };
}

/** Where a slice is in the file, and the event before it (null at the file's start). */
type SliceAt = { start: number; before: Predecessor | null };

/**
 * The pieces of runs of one slice of whole lines, or undefined if any line fails. Line
 * numbers are the slice's own: a failure is named by the one-pass check, never from here.
 */
async function verifySlice(part: Uint8Array, at: SliceAt, context: Context, maxLineBytes: number): Promise<RunPiece[] | undefined> {
  const runs = parsedRuns({ chunks: [part], bytes: part.length }, maxLineBytes);
  if (!runs.ok) return undefined;
  const pieces: RunPiece[] = [];
  let start = at.start;
  for (const [index, run] of runs.value.entries()) {
    const after = index === 0 && at.before?.ledger === run.ledger ? at.before : undefined;
    const verified = await verifyParsedRun(run, context, undefined, after);
    if (!verified.ok) return undefined;
    const { first, last } = runVerdict(run, verified.value.events, verified.value.verified);
    const end = start + run.lines.reduce((sum, line) => sum + line.length + 1, 0);
    pieces.push({ ledger: run.ledger, start, end, first, last, verified: verified.value.verified });
    start = end;
  }
  return pieces;
}

/**
 * What the range's first run links to, read from the line before the range (which the
 * range before verifies); undefined when that line is not even shaped like an event, in
 * which case that range fails and so does the whole.
 */
function predecessorOf(line: Uint8Array): Predecessor | undefined {
  let value: unknown;
  try {
    value = parseCanonicalBytes(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { ledger, seq, hash, recordedAt } = value as Record<string, unknown>;
  const isShaped = typeof ledger === 'string' && Number.isSafeInteger(seq) && typeof hash === 'string' && typeof recordedAt === 'string';
  return isShaped ? { ledger, seq: seq as number, hash, recordedAt } : undefined;
}
