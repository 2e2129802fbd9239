/**
 * What every ledger storage operation shares. The context lives only as long as the
 * LedgerStorage object that made it: the data key it holds is that object's own copy,
 * zeroed on close, and never placed in a store or a module-level variable.
 */
import type { Dexie } from 'dexie';
import type { Clock } from '@shared/util/clock';
import type { EventRegistry } from '@shared/ledger/registry';
import type { IdGenerator } from '@shared/util/ids';
import type { LedgerConfig, LedgerFaultHooks } from './config';
import type { PageCache } from './pageCache';
import type { LedgerTables } from './rows';

/** A Dexie database that has the ledger tables (HabeasDb from schema version 2). */
export type LedgerDb = Dexie & LedgerTables;

export type StorageContext = {
  db: LedgerDb;
  key: Uint8Array;
  /** Derived from `key`; seals and opens imported pages (bulkSeal.ts). */
  bulkKey: CryptoKey;
  /** This installation's ledger: the only one written by append, the only one with a tail. */
  ledgerId: string;
  clock: Clock;
  newId: IdGenerator | undefined;
  registry: EventRegistry;
  config: LedgerConfig;
  cache: PageCache;
  faults: LedgerFaultHooks;
};

/** Why a storage operation refused or failed; messages never include register data. */
export const LEDGER_STORAGE_ERROR_CODES = [
  'closed',
  'read-only',
  'tail-gap',
  'not-contiguous',
  'own-ledger',
  'head-moved',
  'gap',
  'head-unreadable',
] as const;
export type LedgerStorageErrorCode = (typeof LEDGER_STORAGE_ERROR_CODES)[number];

export class LedgerStorageError extends Error {
  override readonly name = 'LedgerStorageError';
  constructor(
    readonly code: LedgerStorageErrorCode,
    detail: string,
  ) {
    super(`ledger storage: ${code}: ${detail}`);
  }
}
