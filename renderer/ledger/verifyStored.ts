/**
 * Re-verification of everything stored (at unlock, in the background, and before a
 * rebuild): every page must open under its own header, its lines must form the next
 * stretch of a valid hash chain, its header must describe exactly those lines, page
 * numbers must run without gaps, and the tail must continue the pages. Hashing uses the
 * asynchronous digest outside any transaction; the work yields to the UI between pages.
 */
import { Dexie } from 'dexie';
import type { AsyncDigest } from '@shared/crypto/hash';
import type { ClockWarning } from '@shared/ledger/chainSteps';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { platformDigest } from './digest';
import type { PageRow } from './rows';
import type { StorageContext } from './storageContext';
import { storedLedgers } from './ledgerReads';
import { checkBatch, checkKnownHead, keepWarnings, startPosition } from './verifySteps';
import type { ChainPosition, KnownHead, StoredFailure } from './verifySteps';
import { yieldToUi } from './yieldToUi';

export type { KnownHead, StoredFailure, StoredFailureReason } from './verifySteps';

export type VerifyProgress = { ledger: string; ledgerIndex: number; ledgerCount: number; pagesDone: number; pagesTotal: number; eventsDone: number };

export type VerifyStoredOptions = {
  onProgress?: (progress: VerifyProgress) => void;
  /** Receives each verified stretch of events, in order, e.g. to rebuild projections. */
  onEvents?: (events: readonly LedgerEvent[]) => void;
  /** Heads recorded elsewhere (the snapshot's cursor): the stored ledgers must reach and agree with them. */
  knownHeads?: Readonly<Record<string, KnownHead>>;
  digest?: AsyncDigest;
};

export type StoredVerified = { ok: true; heads: Record<string, KnownHead>; events: number; warnings: ClockWarning[] };

type LedgerRun = {
  ctx: StorageContext;
  ledger: string;
  options: VerifyStoredOptions;
  digest: AsyncDigest;
  position: ChainPosition;
  progress: VerifyProgress;
};

/** Verifies every stored ledger; stops at the first failure, naming its ledger and seq. */
export async function verifyStoredLedgers(
  ctx: StorageContext,
  options: VerifyStoredOptions = {},
): Promise<StoredVerified | StoredFailure> {
  const ledgers = await storedLedgers(ctx);
  const known = options.knownHeads ?? {};
  const all = [...new Set([...ledgers, ...Object.keys(known)])];
  const result: StoredVerified = { ok: true, heads: {}, events: 0, warnings: [] };
  const digest = options.digest ?? platformDigest();
  for (const [ledgerIndex, ledger] of all.entries()) {
    const progress = { ledger, ledgerIndex, ledgerCount: all.length, pagesDone: 0, pagesTotal: 0, eventsDone: 0 };
    const run: LedgerRun = { ctx, ledger, options, digest, position: startPosition(), progress };
    const failure = (await verifyPages(run)) ?? (await verifyTail(run)) ?? checkKnownHead(ledger, run.position, known[ledger]);
    if (failure !== undefined) return failure;
    result.heads[ledger] = { seq: run.position.seq, hash: run.position.hash };
    result.events += run.position.seq;
    keepWarnings(result.warnings, run.position.warnings);
  }
  return result;
}

/** The pages listed when verification started, one at a time, then any added since. */
async function verifyPages(run: LedgerRun): Promise<StoredFailure | undefined> {
  const { db } = run.ctx;
  const keys = await db.pages.where('[ledger+pageNo]').between([run.ledger, Dexie.minKey], [run.ledger, Dexie.maxKey]).primaryKeys();
  run.progress.pagesTotal = keys.length;
  for (const [, pageNo] of keys) {
    const failure = await verifyPageNo(run, pageNo, await db.pages.get([run.ledger, pageNo]));
    if (failure !== undefined) return failure;
    await yieldToUi();
  }
  return undefined;
}

async function verifyPageNo(run: LedgerRun, pageNo: number, row: PageRow | undefined): Promise<StoredFailure | undefined> {
  const failure = await checkBatch(run.ctx, { kind: 'page', pageNo, row }, run.position, run);
  run.progress.pagesDone += 1;
  run.progress.eventsDone = run.position.seq;
  run.options.onProgress?.({ ...run.progress });
  return failure;
}

/**
 * Pages folded since the listing and the tail, read together in one read transaction so
 * that a fold running meanwhile cannot make a seq look missing; verified after it.
 */
async function verifyTail(run: LedgerRun): Promise<StoredFailure | undefined> {
  const { db } = run.ctx;
  const { ledger } = run;
  const [later, tail] = await db.transaction('r', [db.pages, db.tail], () =>
    Promise.all([
      db.pages.where('[ledger+pageNo]').between([ledger, run.position.pageNo + 1], [ledger, Dexie.maxKey]).toArray(),
      db.tail.where('[ledger+seq]').between([ledger, Dexie.minKey], [ledger, Dexie.maxKey]).toArray(),
    ]),
  );
  run.progress.pagesTotal += later.length;
  for (const row of later) {
    const failure = await verifyPageNo(run, row.pageNo, row);
    if (failure !== undefined) return failure;
  }
  return tail.length === 0 ? undefined : checkBatch(run.ctx, { kind: 'tail', rows: tail }, run.position, run);
}
