/**
 * Page bodies: the events' canonical JSON, one per line, each line ended by `\n` (the
 * events.ndjson form of design §6.1). This installation's pages are deflated, then sealed
 * inside the append's transaction; imported pages are bulk-sealed without deflating
 * (ARCHITECTURE.md decision 5). Reading trusts the lines' content only after the AEAD has
 * authenticated them; full re-verification of hashes is verifyStored.ts's job.
 */
import { deflateSync } from 'fflate';
import { ndjsonOf } from '@shared/ledger/canonicalLine';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { LedgerConfig } from './config';
import { inflateOutsideTransaction } from './nativeDeflate';
import type { PageRow } from './rows';
import { isImportedPage, openImportedPage, openPage, sealImportedPage, sealPage } from './sealedRecords';

const NEWLINE = 0x0a;
const textDecoder = new TextDecoder('utf-8', { fatal: true });

/** One event ready to be paged: its seq and canonical JSON bytes. */
export type PageEntry = { seq: number; bytes: Uint8Array };

/** Where a page goes and what its last event's hash is. */
export type PagePlace = { ledger: string; pageNo: number; headHash: string };

/**
 * A sealed page of consecutive entries.
 * @throws RangeError if there are no entries
 */
export function buildPage(
  key: Uint8Array,
  place: PagePlace,
  entries: readonly PageEntry[],
  config: Pick<LedgerConfig, 'deflateLevel'>,
): PageRow {
  const { ledger, pageNo, headHash } = place;
  const first = entries[0];
  const last = entries.at(-1);
  if (first === undefined || last === undefined) throw new RangeError('buildPage: no entries');
  const header = { ledger, pageNo, firstSeq: first.seq, lastSeq: last.seq, count: entries.length, headHash };
  return sealPage(key, header, deflateSync(ndjsonOf(entries.map((entry) => entry.bytes)), { level: config.deflateLevel }));
}

/** The seqs a page body holds: `count` consecutive events from `firstSeq` to `lastSeq`. */
export type PageRange = { firstSeq: number; lastSeq: number; count: number };

/**
 * A sealed page of imported events whose body is already NDJSON (each line an event's
 * canonical JSON ended by `\n`, the bytes ndjsonOf gives), bulk-sealed and not deflated
 * (IMPORTED_PAGE_FORMAT); only outside transactions. The caller vouches that the body
 * holds exactly `range`'s events.
 * @throws RangeError if the range is empty
 */
export function sealImportedNdjson(key: CryptoKey, place: PagePlace, range: PageRange, ndjson: Uint8Array): Promise<PageRow> {
  if (range.count < 1) throw new RangeError('buildPage: no entries');
  const { ledger, pageNo, headHash } = place;
  return sealImportedPage(key, { ledger, pageNo, firstSeq: range.firstSeq, lastSeq: range.lastSeq, count: range.count, headHash }, ndjson);
}

/** The keys a page may be sealed with: the data key (own pages), the bulk key (imported ones). */
export type PageKeys = { key: Uint8Array; bulkKey: CryptoKey };

/**
 * The page's lines, without their `\n`, whichever format it has; only outside transactions
 * (nativeDeflate.ts, bulkSeal.ts).
 * @throws SealError if the page was altered; TypeError if its plaintext is not NDJSON
 */
export async function pageLinesOutsideTransaction(keys: PageKeys, row: PageRow): Promise<string[]> {
  return linesOf(await pageBodyOutsideTransaction(keys, row));
}

/** The page's NDJSON, opened (and inflated) whichever format it has; only outside transactions. */
async function pageBodyOutsideTransaction(keys: PageKeys, row: PageRow): Promise<Uint8Array> {
  if (isImportedPage(row)) return openImportedPage(keys.bulkKey, row);
  return inflateOutsideTransaction(openPage(keys.key, row));
}

/** An event and its canonical JSON bytes (without line feed), as stored. */
export type StoredEntry = { event: LedgerEvent; line: Uint8Array };

/**
 * The page's events, each with its line's bytes (views into the opened page), for a
 * reader that passes the stored bytes on rather than serializing the events again.
 * @throws SealError if the page was altered; TypeError if its plaintext is not NDJSON
 */
export async function pageEntriesOutsideTransaction(keys: PageKeys, row: PageRow): Promise<StoredEntry[]> {
  const body = await pageBodyOutsideTransaction(keys, row);
  const texts = linesOf(body);
  let start = 0;
  return texts.map((text) => {
    const end = body.indexOf(NEWLINE, start);
    const entry = { event: JSON.parse(text) as LedgerEvent, line: body.subarray(start, end) };
    start = end + 1;
    return entry;
  });
}

/** The page's events. They were verified before being stored and the AEAD vouches for them since. */
export async function pageEventsOutsideTransaction(keys: PageKeys, row: PageRow): Promise<LedgerEvent[]> {
  return (await pageLinesOutsideTransaction(keys, row)).map((line) => JSON.parse(line) as LedgerEvent);
}

function linesOf(body: Uint8Array): string[] {
  const text = textDecoder.decode(body);
  if (!text.endsWith('\n')) throw new TypeError('page body does not end with a newline');
  return text.slice(0, -1).split('\n');
}
