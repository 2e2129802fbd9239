/**
 * Writing other installations' events (from a verified bundle, issue P5) as whole pages
 * in one transaction: all of them or none. Deflating and sealing happen before the
 * transaction opens; inside it only the stored heads are re-checked and the pages added.
 */
import { canonicalJson } from '@shared/crypto/canonicalJson';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { utf8Encode } from '@shared/util/bytes';
import { lastPage } from './ledgerReads';
import { buildPageOutsideTransaction } from './pageCodec';
import type { PageEntry } from './pageCodec';
import type { PageRow } from './rows';
import type { StorageContext } from './storageContext';
import { LedgerStorageError } from './storageContext';

/** The head of an imported ledger after a write. */
export type ImportedHead = { ledger: string; seq: number; hash: string; pages: number };

export type StoredEnd = { pageNo: number; lastSeq: number; headHash: string };

/**
 * Adds verified events of another ledger, continuing exactly where the stored pages end.
 * The caller (the bundle importer) has verified hashes, schemas and signatures; this
 * re-checks only what makes the stored ledger contiguous: ledger, seq and prev links.
 * @throws LedgerStorageError ('own-ledger', 'not-contiguous', 'head-moved')
 */
export async function writeImportedEvents(
  ctx: StorageContext,
  ledger: string,
  events: readonly LedgerEvent[],
  canonicalLines?: readonly string[],
): Promise<ImportedHead> {
  const prepared = await prepareImport(ctx, { ledger, events, ...(canonicalLines ? { canonicalLines } : {}) });
  await ctx.db.transaction('rw', ctx.db.pages, () => storePrepared(ctx, [prepared]));
  return prepared.head;
}

/** One ledger's verified events to import. */
export type ImportSegment = { ledger: string; events: readonly LedgerEvent[]; canonicalLines?: readonly string[] };

/** A segment's pages, deflated and sealed ahead of the transaction, and where they must continue. */
export type PreparedImport = { ledger: string; end: StoredEnd; rows: PageRow[]; head: ImportedHead };

/**
 * Everything slow, before any transaction: the continuity checks, deflating and sealing.
 * @throws LedgerStorageError ('own-ledger', 'not-contiguous')
 */
export async function prepareImport(ctx: StorageContext, segment: ImportSegment): Promise<PreparedImport> {
  const { ledger, events, canonicalLines } = segment;
  if (ledger === ctx.ledgerId) throw new LedgerStorageError('own-ledger', 'only append writes this ledger');
  const end = storedEnd(await lastPage(ctx, ledger));
  assertContinues(ledger, end, events);
  const last = events.at(-1);
  if (last === undefined) return { ledger, end, rows: [], head: { ledger, seq: end.lastSeq, hash: end.headHash, pages: 0 } };
  const rows = await pagesOf(ctx, ledger, end.pageNo + 1, events, entriesOf(events, canonicalLines));
  return { ledger, end, rows, head: { ledger, seq: last.seq, hash: last.hash, pages: rows.length } };
}

/**
 * Adds prepared pages; call inside a transaction over `pages`. Each ledger must still end
 * where it ended when its pages were prepared.
 * @throws LedgerStorageError('head-moved')
 */
export async function storePrepared(ctx: StorageContext, prepared: readonly PreparedImport[]): Promise<void> {
  for (const { ledger, end, rows } of prepared) {
    const now = storedEnd(await lastPage(ctx, ledger));
    if (now.pageNo !== end.pageNo || now.lastSeq !== end.lastSeq) {
      throw new LedgerStorageError('head-moved', `${ledger} changed during the import`);
    }
    await ctx.db.pages.bulkAdd(rows);
  }
}

function storedEnd(page: PageRow | undefined): StoredEnd {
  return page === undefined
    ? { pageNo: 0, lastSeq: 0, headHash: '' }
    : { pageNo: page.pageNo, lastSeq: page.lastSeq, headHash: page.headHash };
}

function assertContinues(ledger: string, end: StoredEnd, events: readonly LedgerEvent[]): void {
  let seq = end.lastSeq;
  let prev = end.headHash;
  for (const event of events) {
    if (event.ledger !== ledger || event.seq !== seq + 1 || event.prev !== prev) {
      throw new LedgerStorageError('not-contiguous', `${ledger} expected seq ${seq + 1}`);
    }
    seq = event.seq;
    prev = event.hash;
  }
}

/**
 * Each event's canonical JSON bytes. The bundle importer already holds them (the lines of
 * events.ndjson it verified), which saves re-serializing; a line that does not carry its
 * event's hash is refused, and the stored lines are re-hashed by every verification.
 */
function entriesOf(events: readonly LedgerEvent[], lines: readonly string[] | undefined): PageEntry[] {
  if (lines !== undefined && lines.length !== events.length) throw new LedgerStorageError('not-contiguous', 'lines and events differ');
  return events.map((event, index) => {
    const line = lines?.[index];
    if (line !== undefined && !line.includes(`"hash":"${event.hash}"`)) {
      throw new LedgerStorageError('not-contiguous', `line for seq ${event.seq} is not that event`);
    }
    return { seq: event.seq, bytes: utf8Encode(line ?? canonicalJson(event)) };
  });
}

async function pagesOf(
  ctx: StorageContext,
  ledger: string,
  firstPageNo: number,
  events: readonly LedgerEvent[],
  entries: readonly PageEntry[],
): Promise<PageRow[]> {
  const rows: PageRow[] = [];
  const { pageSize } = ctx.config;
  for (let start = 0; start < entries.length; start += pageSize) {
    const slice = entries.slice(start, start + pageSize);
    const headHash = events[start + slice.length - 1]?.hash ?? '';
    const place = { ledger, pageNo: firstPageNo + rows.length, headHash };
    rows.push(await buildPageOutsideTransaction(ctx.key, place, slice, ctx.config));
  }
  return rows;
}
