/**
 * Fresh databases and one real installation for the vault tests. Setting up derives two
 * keys at the scrypt floor (about three seconds here), so a test file sets up once and
 * copies the stored rows into fresh databases to start each test from the same state.
 */
import { KDF_MIN_LOG_N } from '@shared/crypto/kdf';
import { aFacilityProfile } from '../../builders/ledger';
import { HabeasDb } from '../../../renderer/db/habeasDb';
import { closeVault } from '../../../renderer/vault/openVault';
import { createInstallation } from '../../../renderer/vault/setup';

export const ADMIN_PASSPHRASE = 'blue river stone lamp';
export const ADMIN_NAME = 'Amina Haddad';

let counter = 0;

export async function aFreshDb(): Promise<HabeasDb> {
  counter += 1;
  const db = new HabeasDb(`vault-test-${String(counter)}-${crypto.randomUUID()}`);
  await db.open();
  return db;
}

/** Sets up an installation as the wizard does, at the scrypt floor, and locks it again. */
export async function aSetUpInstallation(db: HabeasDb): Promise<{ adminId: string; recoveryCode: string; ledgerId: string }> {
  const session = await createInstallation(
    db,
    { facility: aFacilityProfile({ name: 'Central Remand Prison' }), adminName: ADMIN_NAME, passphrase: ADMIN_PASSPHRASE },
    { logN: Promise.resolve(KDF_MIN_LOG_N) },
  );
  const result = { adminId: session.user.id, recoveryCode: session.pendingSetup?.recoveryCode ?? '', ledgerId: session.ledgerId };
  await session.ledger.snapshotIfDirty();
  closeVault(session);
  return result;
}

const TABLES = ['vault', 'pages', 'tail', 'snapshots', 'drafts', 'settings'] as const;
type TableName = (typeof TABLES)[number];

/** A new database holding copies of the chosen tables of `from`. */
export async function aCopyOf(from: HabeasDb, tables: readonly TableName[] = TABLES): Promise<HabeasDb> {
  const db = await aFreshDb();
  for (const name of tables) {
    const rows: unknown[] = await from.table(name).toArray();
    await db.table(name).bulkAdd(rows);
  }
  return db;
}
