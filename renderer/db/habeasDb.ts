/**
 * The renderer's IndexedDB database. Every shipped schema version stays listed in
 * HABEAS_DB_VERSIONS forever: versions only add tables or indexes, never remove or change
 * them, and test/unit/renderer/db/schema.test.ts holds the shipped list to that.
 */
import { Dexie } from 'dexie';
import type { EntityTable, Transaction } from 'dexie';
import type { ExchangeTables } from '../features/exchange/exchangeRows';
import type { OutboxTables } from '../features/outbox/outboxRows';
import type { LedgerTables } from '../ledger/rows';
import type { VaultTables } from '../vault/vaultRows';

export const APP_DB_NAME = 'habeas';

/** A non-identifying preference, stored unsealed (language, digits). */
export type SettingRow = { key: string; value: string };

export type DbVersion = {
  version: number;
  /** Dexie store specs: primary key first, then indexes; `null` deletes a table (never allowed once shipped). */
  stores: Readonly<Record<string, string | null>>;
  /** Data changes for this version, imported from db/migrations/v000N-kebab-description.ts. */
  upgrade?: (transaction: Transaction) => Promise<void>;
};

export const HABEAS_DB_VERSIONS: readonly DbVersion[] = [
  { version: 1, stores: { settings: 'key' } },
  // The ledger (renderer/ledger/rows.ts): only non-identifying fields are keys or indexes.
  { version: 2, stores: { pages: '[ledger+pageNo], [ledger+lastSeq]', tail: '[ledger+seq]', snapshots: '[generation+chunkNo]' } },
  // The vault (renderer/vault/vaultRows.ts): wrapped keys and sealed records, keyed by random ids or fixed names.
  { version: 3, stores: { vault: 'id', drafts: 'id' } },
  // The exchange (renderer/features/exchange/exchangeRows.ts): sealed copies of held and refused bundles, keyed by random ids.
  { version: 4, stores: { exchangeFiles: 'id' } },
  // The outbox (renderer/features/outbox/outboxRows.ts): sealed settings and queued bundles, keyed by random ids.
  { version: 5, stores: { outbox: 'id' } },
];

export class HabeasDb extends Dexie {
  declare readonly settings: EntityTable<SettingRow, 'key'>;
  declare readonly pages: LedgerTables['pages'];
  declare readonly tail: LedgerTables['tail'];
  declare readonly snapshots: LedgerTables['snapshots'];
  declare readonly vault: VaultTables['vault'];
  declare readonly drafts: VaultTables['drafts'];
  declare readonly exchangeFiles: ExchangeTables['exchangeFiles'];
  declare readonly outbox: OutboxTables['outbox'];

  constructor(name: string) {
    // Strict durability: a committed append or import is on disk, not in an OS cache (security.md T5).
    super(name, { chromeTransactionDurability: 'strict' });
    for (const { version, stores, upgrade } of HABEAS_DB_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade !== undefined) declared.upgrade(upgrade);
    }
  }
}

export type OpenedDb = {
  db: HabeasDb;
  /** False when IndexedDB refused to open (private mode, full disk); every query on `db` then fails. */
  isAvailable: boolean;
};

/** Opens the database, creating or upgrading it. Never rejects, so the app can still start and say what is wrong. */
export async function openHabeasDb(name: string): Promise<OpenedDb> {
  const db = new HabeasDb(name);
  try {
    await db.open();
    return { db, isAvailable: true };
  } catch {
    return { db, isAvailable: false };
  }
}
