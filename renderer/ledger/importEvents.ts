/**
 * Writing other installations' events (from a verified bundle, issue P5) as whole pages
 * in one transaction: all of them or none. Sealing happens before the transaction opens;
 * inside it only the stored heads are re-checked and the pages added.
 */
import type { LedgerEvent } from '@shared/ledger/envelope';
import { ndjsonOfEvents } from './importLines';
import { lastPage } from './ledgerReads';
import { inLedgerWrite } from './ledgerWrite';
import type { LedgerWrite } from './ledgerWrite';
import { sealImportedNdjson } from './pageCodec';
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
  canonicalLines?: readonly Uint8Array[],
): Promise<ImportedHead> {
  const prepared = await prepareImport(ctx, { ledger, events, ...(canonicalLines ? { canonicalLines } : {}) });
  await inLedgerWrite(ctx.db, ['pages'], (write) => storePrepared(write, [prepared]));
  return prepared.head;
}

/** One ledger's verified events to import. */
export type ImportSegment = {
  ledger: string;
  events: readonly LedgerEvent[];
  /** Each event's canonical JSON bytes, without line feed, as the bundle carried them (importLines.ts). */
  canonicalLines?: readonly Uint8Array[];
};

/** A segment's pages, sealed ahead of the transaction, and where they must continue. */
export type PreparedImport = { ledger: string; end: StoredEnd; rows: PageRow[]; head: ImportedHead };

/**
 * Everything slow, before any transaction: the continuity checks and sealing.
 * @throws LedgerStorageError ('own-ledger', 'not-contiguous')
 */
export async function prepareImport(ctx: StorageContext, segment: ImportSegment): Promise<PreparedImport> {
  const { ledger, events, canonicalLines } = segment;
  if (ledger === ctx.ledgerId) throw new LedgerStorageError('own-ledger', 'only append writes this ledger');
  const end = storedEnd(await lastPage(ctx, ledger));
  assertContinues(ledger, end, events);
  const last = events.at(-1);
  if (last === undefined) return { ledger, end, rows: [], head: { ledger, seq: end.lastSeq, hash: end.headHash, pages: 0 } };
  if (canonicalLines !== undefined && canonicalLines.length !== events.length) throw new LedgerStorageError('not-contiguous', 'lines and events differ');
  const rows = await pagesOf(ctx, { ledger, firstPageNo: end.pageNo + 1 }, events, canonicalLines);
  return { ledger, end, rows, head: { ledger, seq: last.seq, hash: last.hash, pages: rows.length } };
}

/**
 * Adds prepared pages inside a ledger write over `pages`. Each ledger must still end
 * where it ended when its pages were prepared.
 * @throws LedgerStorageError('head-moved')
 */
export async function storePrepared(write: LedgerWrite, prepared: readonly PreparedImport[]): Promise<void> {
  for (const { ledger, end, rows } of prepared) {
    const now = storedEnd(await write.lastPage(ledger));
    if (now.pageNo !== end.pageNo || now.lastSeq !== end.lastSeq) {
      throw new LedgerStorageError('head-moved', `${ledger} changed during the import`);
    }
    await Promise.all(rows.map((row) => write.add('pages', row)));
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
 * Pages sealed at once: WebCrypto encrypts off the main thread, so the next pages are
 * assembled and checked meanwhile, while only a few plaintext pages are held at a time.
 */
const SEALS_IN_FLIGHT = 4;

/** The sealed pages of the events, in page order. */
async function pagesOf(
  ctx: StorageContext,
  where: { ledger: string; firstPageNo: number },
  events: readonly LedgerEvent[],
  lines: readonly Uint8Array[] | undefined,
): Promise<PageRow[]> {
  const sealing: Promise<PageRow>[] = [];
  const { pageSize } = ctx.config;
  for (let start = 0; start < events.length; start += pageSize) {
    const slice = events.slice(start, start + pageSize);
    const [first, last] = [slice[0], slice.at(-1)];
    if (first === undefined || last === undefined) break;
    const place = { ledger: where.ledger, pageNo: where.firstPageNo + sealing.length, headHash: last.hash };
    const range = { firstSeq: first.seq, lastSeq: last.seq, count: slice.length };
    sealing.push(sealImportedNdjson(ctx.bulkKey, place, range, ndjsonOfEvents(slice, lines, start)));
    // Wait for the oldest seal still running before starting more.
    if (sealing.length >= SEALS_IN_FLIGHT) await sealing[sealing.length - SEALS_IN_FLIGHT];
  }
  return Promise.all(sealing);
}
