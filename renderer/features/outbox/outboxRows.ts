/**
 * The `outbox` table: the outbox's settings and its queue, sealed under the data key, so a
 * seized laptop shows neither where bundles go nor that any are waiting. Each row has a
 * random id (the settings row a fixed one) and nothing else in the clear.
 */
import type { Table } from 'dexie';

/** The id of the row holding every contact's endpoint. */
export const OUTBOX_SETTINGS_ID = 'settings';

/** One row: sealed canonical JSON (an entry, or the settings) and, for an entry not yet sent, the sealed bundle. */
export type OutboxRow = {
  id: string;
  sealedRecord: Uint8Array;
  sealedFile?: Uint8Array;
};

/** The tables the outbox needs; HabeasDb declares them (schema version 5). */
export type OutboxTables = { outbox: Table<OutboxRow, string> };
