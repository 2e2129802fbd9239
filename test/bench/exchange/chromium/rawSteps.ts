/**
 * What the platform costs anyway for the steps an export and an import take, measured on
 * the same data in the same page: reading the stored pages, serializing, hashing,
 * deflating, inflating, parsing canonical JSON, and writing the same page bytes to a bare
 * IndexedDB store (test/bench/ledger/rawIdb.ts). The age layer's raw cost is Debian's
 * `age` CLI, timed by the Node script.
 */
import { Dexie } from 'dexie';
import { deflateSync, inflateSync } from 'fflate';
import { parseCanonicalBytes } from '@shared/crypto/canonicalJson';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { HabeasDb } from '../../../../renderer/db/habeasDb';
import { readAll, writeAllInOneTransaction } from '../../ledger/rawIdb';
import { timed } from '../../timing';

const LF = 0x0a;
const PIECE_EVENTS = 10_000;
const encoder = new TextEncoder();

/** The stored page bodies of a ledger, as they are in IndexedDB (sealed). */
export async function pageBodiesOf(db: HabeasDb, ledger: string): Promise<Uint8Array[]> {
  const rows = await db.pages.where('[ledger+pageNo]').between([ledger, Dexie.minKey], [ledger, Dexie.maxKey]).toArray();
  return rows.map((row) => row.body);
}

/** Raw export: read the same number of page bytes back, JSON per event, SHA-256, deflate (the bundle's level). */
export async function rawExport(raw: IDBDatabase, events: readonly LedgerEvent[]): Promise<{ readMs: number; encodeMs: number; deflated: number }> {
  const [, readMs] = await timed(() => readAll(raw));
  const [deflated, encodeMs] = await timed(async () => {
    const file = ndjsonBytes(events);
    await crypto.subtle.digest('SHA-256', file);
    return deflateSync(file, { level: 6 }).length;
  });
  return { readMs, encodeMs, deflated };
}

/** JSON.stringify per event, one line each, encoded in pieces: a million events are more text than one string can hold. */
function ndjsonBytes(events: readonly LedgerEvent[]): Uint8Array<ArrayBuffer> {
  const pieces: Uint8Array[] = [];
  for (let start = 0; start < events.length; start += PIECE_EVENTS) {
    pieces.push(encoder.encode(events.slice(start, start + PIECE_EVENTS).map((event) => `${JSON.stringify(event)}\n`).join('')));
  }
  const file = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  pieces.reduce((offset, piece) => (file.set(piece, offset), offset + piece.length), 0);
  return file;
}

/** Raw import checks: inflate the same deflated events file, SHA-256 it, parse every line as canonical JSON. */
export async function rawChecks(deflated: Uint8Array): Promise<number> {
  const [, ms] = await timed(async () => {
    const file = inflateSync(deflated);
    await crypto.subtle.digest('SHA-256', file);
    let start = 0;
    for (let end = file.indexOf(LF); end !== -1; end = file.indexOf(LF, start)) {
      parseCanonicalBytes(file.subarray(start, end));
      start = end + 1;
    }
  });
  return ms;
}

/** Raw write of the same page bytes, in one transaction. */
export async function rawPageWrite(raw: IDBDatabase, bodies: readonly Uint8Array[], firstKey: number): Promise<number> {
  return (await timed(() => writeAllInOneTransaction(raw, bodies, firstKey)))[1];
}
