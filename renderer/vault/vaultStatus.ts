/**
 * What the app finds at startup, before any key exists: nothing (first run), keys
 * (locked, maybe with an unfinished setup), or register data without keys — which setup
 * must never paper over by creating new keys beside it.
 */
import type { HabeasDb } from '../db/habeasDb';
import { VAULT_ROW_IDS } from './vaultRows';

export type VaultStatus = { kind: 'empty' } | { kind: 'locked'; isSetupUnfinished: boolean } | { kind: 'keys-missing' };

export async function readVaultStatus(db: HabeasDb): Promise<VaultStatus> {
  return db.transaction('r', [db.vault, db.pages, db.tail], async () => {
    const [installation, setup] = await db.vault.bulkGet([VAULT_ROW_IDS.installation, VAULT_ROW_IDS.setup]);
    if (installation !== undefined) return { kind: 'locked', isSetupUnfinished: setup !== undefined };
    const hasLedgerData = (await db.pages.count()) > 0 || (await db.tail.count()) > 0;
    return hasLedgerData ? { kind: 'keys-missing' } : { kind: 'empty' };
  });
}

/** Whether setup may start over: only while no event has been stored. */
export async function canRestartSetup(db: HabeasDb): Promise<boolean> {
  const [pages, tail] = await Promise.all([db.pages.count(), db.tail.count()]);
  return pages === 0 && tail === 0;
}

/**
 * Discards the keys of a setup that never stored an event, so it can start again. Refuses
 * (returns false) once any event exists: a ledger with events is never orphaned.
 */
export async function restartSetup(db: HabeasDb): Promise<boolean> {
  return db.transaction('rw', [db.vault, db.pages, db.tail, db.snapshots, db.drafts], async () => {
    const hasEvents = (await db.pages.count()) > 0 || (await db.tail.count()) > 0;
    if (hasEvents) return false;
    await Promise.all([db.vault.clear(), db.snapshots.clear(), db.drafts.clear()]);
    return true;
  });
}
