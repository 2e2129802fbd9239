/**
 * Page bodies: the events' canonical JSON, one per line, each line ended by `\n` (the
 * events.ndjson form of design §6.1), deflated, then sealed. Reading trusts the lines'
 * content only after the AEAD has authenticated them; full re-verification of hashes is
 * verifyStored.ts's job.
 */
import { deflateSync, inflateSync } from 'fflate';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { LedgerConfig } from './config';
import { deflateOutsideTransaction, inflateOutsideTransaction } from './nativeDeflate';
import type { PageRow } from './rows';
import { openPage, sealPage } from './sealedRecords';

const NEWLINE = 0x0a;
const textDecoder = new TextDecoder('utf-8', { fatal: true });

/** One event ready to be paged: its seq and canonical JSON bytes. */
export type PageEntry = { seq: number; bytes: Uint8Array };

/** The NDJSON bytes of the entries. */
export function ndjsonOf(entries: readonly PageEntry[]): Uint8Array {
  const total = entries.reduce((sum, entry) => sum + entry.bytes.length + 1, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const entry of entries) {
    out.set(entry.bytes, offset);
    offset += entry.bytes.length;
    out[offset++] = NEWLINE;
  }
  return out;
}

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
  return sealPage(key, header, deflateSync(ndjsonOf(entries), { level: config.deflateLevel }));
}

/** buildPage, deflating with the native stream; only outside transactions (nativeDeflate.ts). */
export async function buildPageOutsideTransaction(
  key: Uint8Array,
  place: PagePlace,
  entries: readonly PageEntry[],
  config: Pick<LedgerConfig, 'deflateLevel'>,
): Promise<PageRow> {
  const first = entries[0];
  const last = entries.at(-1);
  if (first === undefined || last === undefined) throw new RangeError('buildPage: no entries');
  return sealNdjsonOutsideTransaction(key, place, { firstSeq: first.seq, lastSeq: last.seq, count: entries.length }, ndjsonOf(entries), config);
}

/** The seqs a page body holds: `count` consecutive events from `firstSeq` to `lastSeq`. */
export type PageRange = { firstSeq: number; lastSeq: number; count: number };

/**
 * A sealed page whose body is already NDJSON (each line an event's canonical JSON ended
 * by `\n`, the bytes ndjsonOf gives), deflated with the native stream; only outside
 * transactions. The caller vouches that the body holds exactly `range`'s events.
 * @throws RangeError if the range is empty
 */
export async function sealNdjsonOutsideTransaction(
  key: Uint8Array,
  place: PagePlace,
  range: PageRange,
  ndjson: Uint8Array,
  config: Pick<LedgerConfig, 'deflateLevel'>,
): Promise<PageRow> {
  if (range.count < 1) throw new RangeError('buildPage: no entries');
  const { ledger, pageNo, headHash } = place;
  const header = { ledger, pageNo, firstSeq: range.firstSeq, lastSeq: range.lastSeq, count: range.count, headHash };
  return sealPage(key, header, await deflateOutsideTransaction(ndjson, config.deflateLevel));
}

/**
 * The page's lines, without their `\n`.
 * @throws SealError if the page was altered; TypeError if its plaintext is not NDJSON
 */
export function pageLines(key: Uint8Array, row: PageRow): string[] {
  return linesOf(inflateSync(openPage(key, row)));
}

/**
 * pageLines, inflating with the native stream; only outside transactions (nativeDeflate.ts).
 * @throws SealError if the page was altered; TypeError if its plaintext is not NDJSON
 */
export async function pageLinesOutsideTransaction(key: Uint8Array, row: PageRow): Promise<string[]> {
  return linesOf(await inflateOutsideTransaction(openPage(key, row)));
}

function linesOf(body: Uint8Array): string[] {
  const text = textDecoder.decode(body);
  if (!text.endsWith('\n')) throw new TypeError('page body does not end with a newline');
  return text.slice(0, -1).split('\n');
}

/** The page's events. They were verified before being stored and the AEAD vouches for them since. */
export function pageEvents(key: Uint8Array, row: PageRow): LedgerEvent[] {
  return pageLines(key, row).map((line) => JSON.parse(line) as LedgerEvent);
}
