/**
 * How ledger rows are sealed. The associated data binds every plaintext field of a row,
 * so a sealed body moved to another row, or a header edited to lie about its body (a
 * different seq range, count or head hash), fails to open instead of being believed.
 */
import { associatedDataFor, open, seal } from '@shared/crypto/aead';
import type { PageRow, SnapshotRow, TailRow } from './rows';

/** Version of the sealed body formats below; a new format gets a new number. */
export const LEDGER_BODY_FORMAT = 1;

type PageHeader = Omit<PageRow, 'body'>;
type SnapshotPlace = Omit<SnapshotRow, 'body'>;

function pageData(header: PageHeader): Uint8Array {
  const { ledger, pageNo, firstSeq, lastSeq, count, headHash } = header;
  return associatedDataFor('pages', [ledger, pageNo, firstSeq, lastSeq, count, headHash], LEDGER_BODY_FORMAT);
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
