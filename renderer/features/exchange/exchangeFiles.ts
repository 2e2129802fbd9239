/**
 * Sealed copies of received bundle files (exchangeRows.ts): held ones wait here for a
 * missing bundle, refused ones stay as evidence. The associated data binds each sealed
 * part to its row and role, so a copy moved to another row, or a passphrase swapped for a
 * file, does not open.
 */
import { associatedDataFor, open, seal } from '@shared/crypto/aead';
import { newId } from '@shared/util/ids';
import { utf8Decode, utf8Encode } from '@shared/util/bytes';
import type { HabeasDb } from '../../db/habeasDb';
import type { ExchangeFileRow } from './exchangeRows';

const TABLE = 'exchangeFiles';
const SCHEMA_VERSION = 1;

export type KeptFile = { bytes: Uint8Array; passphrase?: string };

/** Seals and stores a file; returns the row id to name in the ledger event. */
export async function keepFile(db: HabeasDb, dataKey: Uint8Array, file: KeptFile): Promise<string> {
  const id = newId();
  const row: ExchangeFileRow = { id, sealedFile: seal(dataKey, file.bytes, associatedDataFor(TABLE, [id, 'file'], SCHEMA_VERSION)) };
  if (file.passphrase !== undefined) {
    row.sealedPassphrase = seal(dataKey, utf8Encode(file.passphrase), associatedDataFor(TABLE, [id, 'passphrase'], SCHEMA_VERSION));
  }
  await db.exchangeFiles.add(row);
  return id;
}

/**
 * The kept file, or undefined if the row is gone.
 * @throws SealError if the row was altered or moved
 */
export async function readKeptFile(db: HabeasDb, dataKey: Uint8Array, id: string): Promise<KeptFile | undefined> {
  const row = await db.exchangeFiles.get(id);
  if (row === undefined) return undefined;
  const bytes = open(dataKey, row.sealedFile, associatedDataFor(TABLE, [id, 'file'], SCHEMA_VERSION));
  if (row.sealedPassphrase === undefined) return { bytes };
  return { bytes, passphrase: utf8Decode(open(dataKey, row.sealedPassphrase, associatedDataFor(TABLE, [id, 'passphrase'], SCHEMA_VERSION))) };
}

/** Drops a held copy once its bundle was applied (the events are then in the ledger). Evidence is never dropped. */
export async function dropKeptFile(db: HabeasDb, id: string): Promise<void> {
  await db.exchangeFiles.delete(id);
}
