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

/** Lines [start, end) of the file. */
export type LineRange = {
  start: number;
  end: number;
  /** Where the line before the range starts; null for the first range. */
  predecessorStart: number | null;
};

/**
 * A run, or the part of one, inside a range: where its lines are and its chain's verdict.
 * Pieces cover the file's lines in order, so a piece's first line number is one more than
 * the events of the pieces before it (joinPieces counts them).
 */
export type RunPiece = {
  ledger: string;
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
  let predecessorStart: number | null = null;
  for (let part = 1; part <= parts && start < bytes.length; part++) {
    const target = part === parts ? bytes.length : Math.max(start, Math.floor((bytes.length * part) / parts));
    const lineFeed = bytes.indexOf(LF, Math.max(target - 1, start));
    const end = lineFeed < 0 ? bytes.length : lineFeed + 1;
    ranges.push({ start, end, predecessorStart });
    predecessorStart = lineStartBefore(bytes, end);
    start = end;
  }
  return ranges;
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
  const joined: (RunPiece & { firstLine: number })[] = [];
  let linesBefore = 0;
  for (const piece of pieces) {
    const before = joined.at(-1);
    if (before?.ledger === piece.ledger) extend(before, piece);
    else joined.push({ ...piece, firstLine: linesBefore + 1, verified: { ...piece.verified, warnings: [...piece.verified.warnings] } });
    linesBefore += piece.verified.count;
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

/**
 * Appends `piece` to the run `before`, whose verdict joinPieces owns: its warnings are
 * added in place, so that a run of many pieces and many warnings is not copied per piece.
 */
function extend(before: RunPiece, piece: RunPiece): void {
  const offset = before.verified.count;
  for (const warning of piece.verified.warnings) before.verified.warnings.push({ ...warning, at: { ...warning.at, index: warning.at.index + offset } });
  before.verified = { ...before.verified, head: piece.verified.head ?? before.verified.head, count: offset + piece.verified.count };
  before.end = piece.end;
  before.last = piece.last;
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
