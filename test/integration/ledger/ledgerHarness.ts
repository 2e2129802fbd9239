/**
 * A ledger storage on fake-indexeddb with deterministic keys, ids and clock, small pages
 * (so folding happens often) and small snapshot chunks.
 */
import { afterEach } from 'vitest';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import type { Author, EventDraft } from '@shared/ledger/envelope';
import { aLedger, ledgerCreatedDraft, seededBytes, userAddedDraft } from '../../builders/ledger';
import type { TestLedger } from '../../builders/ledger';
import { HabeasDb } from '../../../renderer/db/habeasDb';
import { openLedgerStorage } from '../../../renderer/ledger/ledgerStorage';
import type { LedgerStorage, LedgerStorageOptions } from '../../../renderer/ledger/ledgerStorage';

let dbCounter = 0;

/** A maker of fresh databases for a test file; each is deleted after the test that made it. */
export function freshDbsPerTest(): () => Promise<HabeasDb> {
  const dbs: HabeasDb[] = [];
  afterEach(async () => {
    await Promise.all(dbs.splice(0).map((db) => db.delete()));
  });
  return async () => {
    const db = await aFreshDb();
    dbs.push(db);
    return db;
  };
}

/** A fresh, empty database with a unique name. */
export async function aFreshDb(): Promise<HabeasDb> {
  dbCounter += 1;
  const db = new HabeasDb(`ledger-test-${dbCounter}-${Date.now()}`);
  await db.open();
  return db;
}

export const TEST_CONFIG = { pageSize: 100, snapshotEveryEvents: 1_000_000, snapshotChunkBytes: 64 * 1024, pageCacheSize: 4 };

export type Harness = { db: HabeasDb; testLedger: TestLedger; dataKey: Uint8Array; storage: LedgerStorage; author: Author };

/** Opens a storage for the test ledger; reopening with the same db gives the same ledger and key. */
export async function openHarness(db: HabeasDb, overrides: Partial<LedgerStorageOptions> = {}): Promise<Harness> {
  const testLedger = aLedger({ seed: 'station-a' });
  const dataKey = seededBytes('station-a', 'data-key');
  const storage = await openLedgerStorage({
    db,
    dataKey,
    ledgerId: testLedger.ledger,
    registry: coreEventRegistry,
    clock: testLedger.clock,
    newId: testLedger.newId,
    config: TEST_CONFIG,
    ...overrides,
  });
  return { db, testLedger, dataKey, storage, author: testLedger.author };
}

/** The draft for seq n of the test ledger: `ledger.created` first, then users. */
export function draftFor(harness: Harness, seq: number): EventDraft {
  return seq === 1 ? ledgerCreatedDraft(harness.testLedger) : userAddedDraft(seq);
}

/** Appends events one by one until the ledger has `count` events. */
export async function appendUpTo(harness: Harness, count: number): Promise<void> {
  for (let seq = (harness.storage.head()?.seq ?? 0) + 1; seq <= count; seq++) {
    await harness.storage.append(draftFor(harness, seq), harness.author);
  }
}
