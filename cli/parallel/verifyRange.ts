/**
 * The events check of one range of an events file, as a thread of its own runs it: the
 * range's lines parsed strictly, grouped by ledger and verified, the first run linked to
 * the predecessor line when it continues that line's ledger. Any problem gives only
 * "failed": the caller then verifies the whole file in one pass, which names the first
 * problem of the file exactly as the importer does.
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

/** Verifies the range `task` names of the events file `bytes`. */
export async function verifyRange(bytes: Uint8Array, task: RangeTask, registry: EventRegistry): Promise<RangeOutcome> {
  const { range } = task;
  const part = bytes.subarray(range.start, range.end);
  const runs = parsedRuns({ chunks: [part], bytes: part.length }, task.maxLineBytes);
  const predecessor = range.predecessorStart === null ? null : predecessorOf(bytes.subarray(range.predecessorStart, range.start - 1));
  if (!runs.ok || predecessor === undefined) return RANGE_FAILED;
  const context = { registry, clock: { now: () => new Date(task.nowMs) } };
  const pieces: RunPiece[] = [];
  let start = range.start;
  for (const [index, run] of runs.value.entries()) {
    const after = index === 0 && predecessor?.ledger === run.ledger ? predecessor : undefined;
    const located = { ...run, firstLine: run.firstLine + range.firstLine - 1 };
    const verified = await verifyParsedRun(located, context, undefined, after);
    if (!verified.ok) return RANGE_FAILED;
    const { first, last } = runVerdict(located, verified.value.events, verified.value.verified);
    const end = start + run.lines.reduce((sum, line) => sum + line.length + 1, 0);
    pieces.push({ ledger: run.ledger, firstLine: located.firstLine, start, end, first, last, verified: verified.value.verified });
    start = end;
  }
  return { ok: true, pieces };
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
