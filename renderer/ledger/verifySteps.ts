/**
 * One step of stored-ledger verification: a page or the tail, checked against the chain
 * position reached so far. A failure names the ledger and the first seq that can no longer
 * be trusted, which is the position's next seq whenever the stored data cannot be believed
 * about its own seqs (a page that does not open, a missing page).
 */
import type { AsyncDigest } from '@shared/crypto/hash';
import { verifyChainAsync } from '@shared/ledger/chain';
import type { ChainFailureReason, ClockWarning } from '@shared/ledger/chainSteps';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { pageLinesOutsideTransaction } from './pageCodec';
import type { PageRow, TailRow } from './rows';
import { openTail } from './sealedRecords';
import type { StorageContext } from './storageContext';

export type KnownHead = { seq: number; hash: string };

export type StoredFailureReason =
  | ChainFailureReason
  | 'page-missing'
  | 'page-tampered'
  | 'page-corrupt'
  | 'page-header'
  | 'tail-tampered'
  | 'tail-gap'
  | 'truncated'
  | 'fork';

export type StoredFailure = { ok: false; ledger: string; seq: number; reason: StoredFailureReason; detail: string };

/** How far a ledger has verified. NOTE: checkBatch advances it. */
export type ChainPosition = {
  seq: number;
  hash: string;
  pageNo: number;
  recordedAt: string | undefined;
  warnings: ClockWarning[];
};

export type Batch = { kind: 'page'; pageNo: number; row: PageRow | undefined } | { kind: 'tail'; rows: readonly TailRow[] };

type BatchRun = {
  ledger: string;
  digest: AsyncDigest;
  options: { onEvents?: (events: readonly LedgerEvent[]) => void; knownHeads?: Readonly<Record<string, KnownHead>> };
};

const textDecoder = new TextDecoder('utf-8', { fatal: true });

export function startPosition(): ChainPosition {
  return { seq: 0, hash: '', pageNo: 0, recordedAt: undefined, warnings: [] };
}

/** Verifies one page or the tail as the continuation of `position`, and advances it. */
export async function checkBatch(
  ctx: StorageContext,
  batch: Batch,
  position: ChainPosition,
  run: BatchRun,
): Promise<StoredFailure | undefined> {
  const fail = (reason: StoredFailureReason, detail: string, seq = position.seq + 1): StoredFailure => ({
    ok: false,
    ledger: run.ledger,
    seq,
    reason,
    detail,
  });
  const decoded = batch.kind === 'page' ? await decodePage(ctx, batch, position, fail) : decodeTail(ctx, batch.rows, position, fail);
  if (!Array.isArray(decoded)) return decoded;
  const chain = await verifyChainAsync(decoded, {
    ledger: run.ledger,
    startSeq: position.seq + 1,
    startPrev: position.hash,
    previousRecordedAt: position.recordedAt,
    registry: ctx.registry,
    allowUnknownTypes: true,
    clock: ctx.clock,
    digest: run.digest,
  });
  if (!chain.ok) return fail(chain.reason, chain.detail, chain.at.seq);
  // Verified against the chain, so they are ledger events.
  const events = decoded as LedgerEvent[];
  const mismatch = (batch.kind === 'page' ? headerMismatch(batch.row, events) : undefined) ?? knownMismatch(run, events);
  if (mismatch !== undefined) return fail(mismatch.reason, mismatch.detail, mismatch.seq);
  advance(position, events, batch.kind === 'page' ? batch.pageNo : position.pageNo, chain.warnings);
  run.options.onEvents?.(events);
  return undefined;
}

type Fail = (reason: StoredFailureReason, detail: string, seq?: number) => StoredFailure;

async function decodePage(
  ctx: StorageContext,
  batch: Extract<Batch, { kind: 'page' }>,
  position: ChainPosition,
  fail: Fail,
): Promise<unknown[] | StoredFailure> {
  if (batch.row === undefined || batch.pageNo !== position.pageNo + 1) {
    return fail('page-missing', `page ${position.pageNo + 1} is missing`);
  }
  let lines: string[];
  try {
    lines = await pageLinesOutsideTransaction(ctx, batch.row);
  } catch {
    return fail('page-tampered', `page ${batch.pageNo} does not open under its header`);
  }
  return parseLines(lines, () => fail('page-corrupt', `page ${batch.pageNo} is not NDJSON`));
}

function decodeTail(ctx: StorageContext, rows: readonly TailRow[], position: ChainPosition, fail: Fail): unknown[] | StoredFailure {
  const lines: string[] = [];
  for (const [index, row] of rows.entries()) {
    const expected = position.seq + 1 + index;
    if (row.seq !== expected) {
      return row.seq < expected
        ? fail('duplicate-seq', `tail row ${row.seq} is already paged`, row.seq)
        : fail('tail-gap', `tail seq ${expected} is missing`, expected);
    }
    try {
      lines.push(textDecoder.decode(openTail(ctx.key, row)));
    } catch {
      return fail('tail-tampered', `tail row ${row.seq} does not open`, row.seq);
    }
  }
  return parseLines(lines, () => fail('tail-tampered', 'tail row is not JSON'));
}

function parseLines(lines: readonly string[], onError: () => StoredFailure): unknown[] | StoredFailure {
  try {
    return lines.map((line): unknown => JSON.parse(line));
  } catch {
    return onError();
  }
}

type Mismatch = { reason: StoredFailureReason; detail: string; seq?: number };

function headerMismatch(row: PageRow | undefined, events: readonly LedgerEvent[]): Mismatch | undefined {
  const first = events[0];
  const last = events.at(-1);
  if (row === undefined || first === undefined || last === undefined) return { reason: 'page-corrupt', detail: 'empty page' };
  const agrees =
    row.firstSeq === first.seq && row.lastSeq === last.seq && row.count === events.length && row.headHash === last.hash;
  return agrees ? undefined : { reason: 'page-header', detail: `page ${row.pageNo} header does not match its events` };
}

function knownMismatch(run: BatchRun, events: readonly LedgerEvent[]): Mismatch | undefined {
  const known = run.options.knownHeads?.[run.ledger];
  const event = known === undefined ? undefined : events.find((candidate) => candidate.seq === known.seq);
  if (known === undefined || event === undefined || event.hash === known.hash) return undefined;
  return { reason: 'fork', detail: `seq ${known.seq} differs from the recorded head`, seq: known.seq };
}

function advance(position: ChainPosition, events: readonly LedgerEvent[], pageNo: number, warnings: readonly ClockWarning[]): void {
  const last = events.at(-1);
  if (last === undefined) return;
  position.seq = last.seq;
  position.hash = last.hash;
  position.recordedAt = last.recordedAt;
  position.pageNo = pageNo;
  keepWarnings(position.warnings, warnings);
}

/** Clock warnings kept per verification: enough to show, bounded for a ledger whose every event is flagged. */
export const MAX_KEPT_WARNINGS = 1000;

/** NOTE: mutates `kept`. */
export function keepWarnings(kept: ClockWarning[], more: readonly ClockWarning[]): void {
  for (const warning of more) {
    if (kept.length >= MAX_KEPT_WARNINGS) return;
    kept.push(warning);
  }
}

/** After a whole ledger verified: it must reach every head recorded for it elsewhere. */
export function checkKnownHead(ledger: string, position: ChainPosition, known: KnownHead | undefined): StoredFailure | undefined {
  if (known === undefined || known.seq <= position.seq) return undefined;
  return { ok: false, ledger, seq: position.seq + 1, reason: 'truncated', detail: `stored ledger ends before seq ${known.seq}` };
}
