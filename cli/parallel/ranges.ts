/**
 * Cutting an events file into ranges of whole lines that can be verified apart, and
 * joining their verdicts back into the runs a one-pass verification would give. A range
 * that starts inside a ledger's run continues it: it is verified against the last event
 * of the range before (its predecessor line), exactly as a slice of a run is.
 */
import type { ChainVerified } from '@shared/ledger/chain';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { RunVerdict } from '@shared/bundle/runVerdicts';

const LF = 0x0a;

/** Lines [start, end) of the file, the first of them numbered `firstLine`. */
export type LineRange = {
  start: number;
  end: number;
  firstLine: number;
  /** Where the line before the range starts; null for the first range. */
  predecessorStart: number | null;
};

/** A run, or the part of one, inside a range: where its lines are and its chain's verdict. */
export type RunPiece = {
  ledger: string;
  firstLine: number;
  start: number;
  end: number;
  first: LedgerEvent;
  last: LedgerEvent;
  verified: ChainVerified;
};

/**
 * At most `parts` ranges of whole lines of about equal size, covering a file whose every
 * line ends with a line feed (the file check has counted them). Fewer when the file has
 * fewer lines.
 */
export function splitIntoRanges(bytes: Uint8Array, parts: number): LineRange[] {
  const ranges: LineRange[] = [];
  let start = 0;
  let firstLine = 1;
  let predecessorStart: number | null = null;
  for (let part = 1; part <= parts && start < bytes.length; part++) {
    const target = part === parts ? bytes.length : Math.max(start, Math.floor((bytes.length * part) / parts));
    const lineFeed = bytes.indexOf(LF, Math.max(target - 1, start));
    const end = lineFeed < 0 ? bytes.length : lineFeed + 1;
    ranges.push({ start, end, firstLine, predecessorStart });
    firstLine += countLineFeeds(bytes, start, end);
    predecessorStart = lineStartBefore(bytes, end);
    start = end;
  }
  return ranges;
}

function countLineFeeds(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(LF, from); at >= 0 && at < to; at = bytes.indexOf(LF, at + 1)) count += 1;
  return count;
}

/** Start of the line that ends at `end` (just after its line feed). */
function lineStartBefore(bytes: Uint8Array, end: number): number {
  return bytes.lastIndexOf(LF, end - 2) + 1;
}

/**
 * The runs of the whole file from the pieces of its ranges, in order: a piece that
 * continues the ledger of the piece before is the same run. Each run's lines are views
 * into `bytes`.
 */
export function joinPieces(bytes: Uint8Array, pieces: readonly RunPiece[]): RunVerdict[] {
  const joined: RunPiece[] = [];
  for (const piece of pieces) {
    const before = joined.at(-1);
    if (before?.ledger === piece.ledger) joined[joined.length - 1] = continued(before, piece);
    else joined.push(piece);
  }
  return joined.map(({ ledger, firstLine, start, end, first, last, verified }) => ({
    ledger,
    firstLine,
    lines: linesOf(bytes, start, end),
    first,
    last,
    verified,
  }));
}

function continued(before: RunPiece, piece: RunPiece): RunPiece {
  const offset = before.verified.count;
  const warnings = piece.verified.warnings.map((warning) => ({ ...warning, at: { ...warning.at, index: warning.at.index + offset } }));
  const verified: ChainVerified = {
    ok: true,
    head: piece.verified.head ?? before.verified.head,
    count: offset + piece.verified.count,
    warnings: [...before.verified.warnings, ...warnings],
  };
  return { ...before, end: piece.end, last: piece.last, verified };
}

function linesOf(bytes: Uint8Array, start: number, end: number): Uint8Array[] {
  const lines: Uint8Array[] = [];
  for (let from = start; from < end; ) {
    const lineFeed = bytes.indexOf(LF, from);
    lines.push(bytes.subarray(from, lineFeed));
    from = lineFeed + 1;
  }
  return lines;
}
