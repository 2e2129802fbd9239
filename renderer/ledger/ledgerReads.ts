/**
 * Reading the stored ledgers: pages (decrypted on demand, through the page cache) and then
 * the tail, in seq order. Pages are immutable once written; a tail row can disappear
 * between two reads only because it was folded into a new page, which the readers below
 * look for before concluding that anything is missing.
 */
import { Dexie } from 'dexie';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { pageEntriesOutsideTransaction, pageEventsOutsideTransaction } from './pageCodec';
import type { StoredEntry } from './pageCodec';
import type { PageRow, TailRow } from './rows';
import { openTail } from './sealedRecords';
import type { StorageContext } from './storageContext';
import { LedgerStorageError } from './storageContext';

const textDecoder = new TextDecoder('utf-8', { fatal: true });

/** The page of the ledger that holds seq, or the first page after it. */
export function pageFrom(ctx: StorageContext, ledger: string, seq: number): Promise<PageRow | undefined> {
  return ctx.db.pages.where('[ledger+lastSeq]').between([ledger, seq], [ledger, Dexie.maxKey], true, true).first();
}

/** The ledger's last page, if it has any. */
export function lastPage(ctx: StorageContext, ledger: string): Promise<PageRow | undefined> {
  return ctx.db.pages.where('[ledger+pageNo]').between([ledger, Dexie.minKey], [ledger, Dexie.maxKey]).last();
}

/** Tail rows of the ledger from seq on, in seq order. */
export function tailFrom(ctx: StorageContext, ledger: string, seq: number, limit = Infinity): Promise<TailRow[]> {
  const range = ctx.db.tail.where('[ledger+seq]').between([ledger, seq], [ledger, Dexie.maxKey], true, true);
  return Number.isFinite(limit) ? range.limit(limit).toArray() : range.toArray();
}

/** The events of a page, from the cache or decrypted (and then cached). */
export async function decodedPage(ctx: StorageContext, row: PageRow): Promise<readonly LedgerEvent[]> {
  const cached = ctx.cache.get(row.ledger, row.pageNo);
  if (cached !== undefined) return cached;
  const events = await pageEventsOutsideTransaction(ctx, row);
  ctx.cache.set(row.ledger, row.pageNo, events);
  return events;
}

/** The event in a tail row; authenticated by the AEAD, verified before it was stored. */
export function tailEvent(ctx: StorageContext, row: TailRow): LedgerEvent {
  return tailEntry(ctx, row).event;
}

/** The event in a tail row with its stored canonical bytes. */
function tailEntry(ctx: StorageContext, row: TailRow): StoredEntry {
  const line = openTail(ctx.key, row);
  return { event: JSON.parse(textDecoder.decode(line)) as LedgerEvent, line };
}

/** How a walk over a ledger turns its stored rows into items (events, or events with their bytes). */
type Decoder<T> = {
  page(row: PageRow): Promise<readonly T[]>;
  tail(row: TailRow): T;
  seq(item: T): number;
};

/**
 * The ledger's events from `fromSeq` on, in seq order, a page (or a run of tail rows) at
 * a time.
 * @throws LedgerStorageError('gap') if a seq is missing from both pages and tail
 */
export function readLedgerBatches(ctx: StorageContext, ledger: string, fromSeq = 1): AsyncGenerator<readonly LedgerEvent[], void, undefined> {
  return walkLedger(ctx, ledger, fromSeq, { page: (row) => decodedPage(ctx, row), tail: (row) => tailEvent(ctx, row), seq: (event) => event.seq });
}

/**
 * readLedgerBatches, each event with its stored canonical bytes (uncached: an export
 * passes the bytes on and lets the events go).
 * @throws LedgerStorageError('gap') if a seq is missing from both pages and tail
 */
export function readLedgerEntries(ctx: StorageContext, ledger: string, fromSeq = 1): AsyncGenerator<readonly StoredEntry[], void, undefined> {
  return walkLedger(ctx, ledger, fromSeq, {
    page: (row) => pageEntriesOutsideTransaction(ctx, row),
    tail: (row) => tailEntry(ctx, row),
    seq: (entry) => entry.event.seq,
  });
}

async function* walkLedger<T>(ctx: StorageContext, ledger: string, fromSeq: number, decoder: Decoder<T>): AsyncGenerator<readonly T[], void, undefined> {
  let next = fromSeq;
  for (;;) {
    const page = await pageFrom(ctx, ledger, next);
    if (page !== undefined) {
      if (page.firstSeq > next) throw new LedgerStorageError('gap', `${ledger} seq ${next}`);
      yield (await decoder.page(page)).filter((item) => decoder.seq(item) >= next);
      next = page.lastSeq + 1;
      continue;
    }
    const rows = await tailFrom(ctx, ledger, next, ctx.config.pageSize);
    const first = rows[0];
    if (first === undefined) return;
    if (first.seq !== next) {
      // Folded into a page since pageFrom looked: read that page on the next turn.
      if ((await pageFrom(ctx, ledger, next)) !== undefined) continue;
      throw new LedgerStorageError('gap', `${ledger} seq ${next}`);
    }
    const items: T[] = [];
    try {
      for (const row of contiguousFrom(rows, next)) items.push(decoder.tail(row));
    } catch (error) {
      // Hand over the items before an altered row, so a reader can go as far as the damage.
      if (items.length > 0) yield items;
      throw error;
    }
    yield items;
    const last = items.at(-1);
    next = (last === undefined ? next : decoder.seq(last)) + 1;
  }
}

/** The leading rows whose seqs run on from `seq` without a gap. */
function contiguousFrom(rows: readonly TailRow[], seq: number): TailRow[] {
  const gapAt = rows.findIndex((row, index) => row.seq !== seq + index);
  return gapAt === -1 ? [...rows] : rows.slice(0, gapAt);
}

/** One event, or undefined if the ledger has no such seq. */
export async function readEvent(ctx: StorageContext, ledger: string, seq: number): Promise<LedgerEvent | undefined> {
  const page = await pageFrom(ctx, ledger, seq);
  if (page !== undefined && page.firstSeq <= seq) return (await decodedPage(ctx, page)).find((event) => event.seq === seq);
  const row = await ctx.db.tail.get([ledger, seq]);
  return row === undefined ? undefined : tailEvent(ctx, row);
}

/** Every ledger held, this installation's first if it has events, then the others sorted. */
export async function storedLedgers(ctx: StorageContext): Promise<string[]> {
  const [pageKeys, tailKeys] = await Promise.all([
    ctx.db.pages.toCollection().primaryKeys(),
    ctx.db.tail.toCollection().primaryKeys(),
  ]);
  const ledgers = new Set([...pageKeys, ...tailKeys].map(([ledger]) => ledger));
  const others = [...ledgers].filter((ledger) => ledger !== ctx.ledgerId).sort();
  return ledgers.has(ctx.ledgerId) ? [ctx.ledgerId, ...others] : others;
}
