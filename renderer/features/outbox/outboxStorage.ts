/**
 * Reading and writing the sealed `outbox` rows (outboxRows.ts). The associated data binds
 * each sealed part to its row and role, so a bundle moved to another entry, or an entry's
 * record swapped for the settings, does not open. Records are checked against their schema
 * after opening: a row written by a later version of the app is skipped, never guessed at.
 */
import { z } from 'zod';
import { associatedDataFor, open, seal } from '@shared/crypto/aead';
import { canonicalJson, parseCanonicalBytes } from '@shared/crypto/canonicalJson';
import { utf8Encode } from '@shared/util/bytes';
import type { HabeasDb } from '../../db/habeasDb';
import type { OutboxEntry } from './outboxModel';
import { ENTRY_FAILURES } from './outboxModel';
import { OUTBOX_SETTINGS_ID } from './outboxRows';

const TABLE = 'outbox';
const RECORD_FORMAT = 1;

/** Where each contact's bundles are uploaded, by contact ledger id. */
export type OutboxSettings = { readonly endpoints: Readonly<Record<string, string>> };

const failureSchema = z.strictObject({ reason: z.enum(ENTRY_FAILURES), httpStatus: z.number().int().nullable() });
const entrySchema: z.ZodType<OutboxEntry> = z.strictObject({
  id: z.string(),
  contact: z.string(),
  manifestHash: z.string(),
  bundleSeq: z.number().int(),
  fileName: z.string(),
  fileSha256: z.string(),
  fileBytes: z.number().int(),
  queuedAt: z.string(),
  queuedBy: z.string(),
  status: z.enum(['queued', 'sent', 'failed']),
  attempts: z.number().int(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  lastFailure: failureSchema.nullable(),
  lastEndpoint: z.string().nullable(),
  lastHttpStatus: z.number().int().nullable(),
  sentAt: z.string().nullable(),
});
const settingsSchema = z.strictObject({ endpoints: z.record(z.string(), z.string()) });

function sealPart(dataKey: Uint8Array, id: string, part: 'record' | 'file', plaintext: Uint8Array): Uint8Array {
  return seal(dataKey, plaintext, associatedDataFor(TABLE, [id, part], RECORD_FORMAT));
}

function openPart(dataKey: Uint8Array, id: string, part: 'record' | 'file', sealed: Uint8Array): Uint8Array {
  return open(dataKey, sealed, associatedDataFor(TABLE, [id, part], RECORD_FORMAT));
}

function sealRecord(dataKey: Uint8Array, id: string, value: unknown): Uint8Array {
  return sealPart(dataKey, id, 'record', utf8Encode(canonicalJson(value)));
}

/** Every entry and the settings. Rows that do not open or do not fit the schema are left alone and skipped. */
export async function loadOutbox(db: HabeasDb, dataKey: Uint8Array): Promise<{ entries: OutboxEntry[]; settings: OutboxSettings; skipped: number }> {
  const rows = await db.outbox.toArray();
  const entries: OutboxEntry[] = [];
  let settings: OutboxSettings = { endpoints: {} };
  let skipped = 0;
  for (const row of rows) {
    try {
      const value = parseCanonicalBytes(openPart(dataKey, row.id, 'record', row.sealedRecord));
      if (row.id === OUTBOX_SETTINGS_ID) settings = settingsSchema.parse(value);
      else entries.push(entrySchema.parse(value));
    } catch {
      skipped += 1;
    }
  }
  return { entries, settings, skipped };
}

/** Stores a new entry with its bundle. */
export async function addEntry(db: HabeasDb, dataKey: Uint8Array, entry: OutboxEntry, bytes: Uint8Array): Promise<void> {
  await db.outbox.add({ id: entry.id, sealedRecord: sealRecord(dataKey, entry.id, entry), sealedFile: sealPart(dataKey, entry.id, 'file', bytes) });
}

/** Stores an entry's new state; once it is sent, its copy of the bundle is dropped. */
export async function saveEntry(db: HabeasDb, dataKey: Uint8Array, entry: OutboxEntry): Promise<void> {
  const sealedRecord = sealRecord(dataKey, entry.id, entry);
  await db.transaction('rw', db.outbox, async () => {
    const row = await db.outbox.get(entry.id);
    if (row === undefined) return;
    const { sealedFile } = row;
    await db.outbox.put(entry.status === 'sent' || sealedFile === undefined ? { id: entry.id, sealedRecord } : { id: entry.id, sealedRecord, sealedFile });
  });
}

/**
 * An entry's bundle, or undefined if it is gone.
 * @throws SealError if the row was altered or moved
 */
export async function readEntryFile(db: HabeasDb, dataKey: Uint8Array, id: string): Promise<Uint8Array | undefined> {
  const row = await db.outbox.get(id);
  return row?.sealedFile === undefined ? undefined : openPart(dataKey, id, 'file', row.sealedFile);
}

/** Removes an entry and its bundle. */
export async function deleteEntry(db: HabeasDb, id: string): Promise<void> {
  await db.outbox.delete(id);
}

/** Stores the settings. */
export async function saveSettings(db: HabeasDb, dataKey: Uint8Array, settings: OutboxSettings): Promise<void> {
  await db.outbox.put({ id: OUTBOX_SETTINGS_ID, sealedRecord: sealRecord(dataKey, OUTBOX_SETTINGS_ID, settings) });
}
