/**
 * How ledger rows are sealed. The associated data binds every plaintext field of a row,
 * so a sealed body moved to another row, or a header edited to lie about its body (a
 * different seq range, count or head hash), fails to open instead of being believed.
 */
import { associatedDataFor, open, seal } from '@shared/crypto/aead';
import { bulkOpen, bulkOpenPrefixed, bulkSeal, isPrefixedBulkSealed } from './bulkSeal';
import type { PageRow, SnapshotRow, TailRow } from './rows';

/** Version of the sealed body formats below; a new format gets a new number. */
export const LEDGER_BODY_FORMAT = 1;
/**
 * Format of an imported page's body: its NDJSON not deflated, bulk-sealed (bulkSeal.ts).
 * Bound into the associated data, so a page cannot be passed off as the other format.
 */
export const IMPORTED_PAGE_FORMAT = 2;

type PageHeader = Omit<PageRow, 'body' | 'nonce'>;
type SnapshotPlace = Omit<SnapshotRow, 'body'>;

function pageData(header: PageHeader, format = LEDGER_BODY_FORMAT): Uint8Array {
  const { ledger, pageNo, firstSeq, lastSeq, count, headHash } = header;
  return associatedDataFor('pages', [ledger, pageNo, firstSeq, lastSeq, count, headHash], format);
}

function tailData(ledger: string, seq: number): Uint8Array {
  return associatedDataFor('tail', [ledger, seq], LEDGER_BODY_FORMAT);
}

function snapshotData(place: SnapshotPlace): Uint8Array {
  return associatedDataFor('snapshots', [place.generation, place.chunkNo, place.chunkCount], LEDGER_BODY_FORMAT);
}

export function sealPage(key: Uint8Array, header: PageHeader, deflated: Uint8Array): PageRow {
  return { ...header, body: seal(key, deflated, pageData(header)) };
}

/** @throws SealError if the body or any header field was altered */
export function openPage(key: Uint8Array, row: PageRow): Uint8Array {
  return open(key, row.body, pageData(row));
}

/** A page of imported events whose body is their NDJSON, not deflated (IMPORTED_PAGE_FORMAT). */
export async function sealImportedPage(key: CryptoKey, header: PageHeader, ndjson: Uint8Array): Promise<PageRow> {
  const { nonce, sealed } = await bulkSeal(key, ndjson, pageData(header, IMPORTED_PAGE_FORMAT));
  return { ...header, nonce, body: sealed };
}

/** Whether a page is an imported one (bulk-sealed), by its nonce or, from earlier versions, its first byte. */
export function isImportedPage(row: PageRow): boolean {
  return row.nonce !== undefined || isPrefixedBulkSealed(row.body);
}

/** @throws SealError if the body, its nonce or any header field was altered */
export function openImportedPage(key: CryptoKey, row: PageRow): Promise<Uint8Array> {
  const data = pageData(row, IMPORTED_PAGE_FORMAT);
  return row.nonce === undefined ? bulkOpenPrefixed(key, row.body, data) : bulkOpen(key, { nonce: row.nonce, sealed: row.body }, data);
}

export function sealTail(key: Uint8Array, ledger: string, seq: number, eventBytes: Uint8Array): TailRow {
  return { ledger, seq, body: seal(key, eventBytes, tailData(ledger, seq)) };
}

/** @throws SealError if the body was altered or belongs to another row */
export function openTail(key: Uint8Array, row: TailRow): Uint8Array {
  return open(key, row.body, tailData(row.ledger, row.seq));
}

export function sealSnapshotChunk(key: Uint8Array, place: SnapshotPlace, bytes: Uint8Array): SnapshotRow {
  return { ...place, body: seal(key, bytes, snapshotData(place)) };
}

/** @throws SealError if the chunk was altered, moved, or its generation truncated */
export function openSnapshotChunk(key: Uint8Array, row: SnapshotRow): Uint8Array {
  return open(key, row.body, snapshotData(row));
}
