/**
 * Unlocked sessions for tests, made without any passphrase derivation (which costs a
 * second or more each): an installation's keys and identity are created and stored as
 * setup stores them, the ledger gets its first events, and the session is opened
 * directly with the data key. Tests of unlocking itself use the real vault commands.
 */
import { newDataKey } from '@shared/crypto/dataKey';
import type { FacilityProfile, UserRole } from '@shared/ledger/coreEventTypes';
import { createInstallationIdentity } from '@shared/ledger/identity';
import { systemClock } from '@shared/util/clock';
import { newId } from '@shared/util/ids';
import { aFacilityProfile } from '../builders/ledger';
import type { HabeasDb } from '../../renderer/db/habeasDb';
import { ledgerCreatedDraft, userAddedDraft } from '../../renderer/vault/eventDrafts';
import { sealInstallation } from '../../renderer/vault/installationSecrets';
import { openVault } from '../../renderer/vault/openVault';
import type { Session, SessionUser } from '../../renderer/vault/session';
import { authorOf } from '../../renderer/vault/session';

export type SessionOptions = {
  /** The signed-in user's role; an administrator is always created first. */
  role?: UserRole;
  name?: string;
  facility?: Partial<FacilityProfile>;
};

export const TEST_ADMIN_NAME = 'Amina Haddad';

/** Stores an installation (identity sealed under a fresh data key) and returns the key. */
export async function storeInstallation(db: HabeasDb): Promise<Uint8Array> {
  const identity = await createInstallationIdentity();
  const dataKey = newDataKey();
  await db.vault.put(sealInstallation(dataKey, identity));
  return dataKey;
}

/** An unlocked session on `db`, as after setup (and, for another role, after the administrator added that user). */
export async function anUnlockedSession(db: HabeasDb, options: SessionOptions = {}): Promise<Session> {
  const dataKey = await storeInstallation(db);
  const opened = await openVault(db, dataKey);
  const admin: SessionUser = { id: newId(), name: TEST_ADMIN_NAME, role: 'administrator' };
  await opened.ledger.append(ledgerCreatedDraft(opened.ledgerId, aFacilityProfile(options.facility), systemClock), authorOf(admin));
  await opened.ledger.append(userAddedDraft({ userId: admin.id, name: admin.name, role: admin.role }, systemClock), authorOf(admin));
  const role = options.role ?? 'administrator';
  if (role === 'administrator' && options.name === undefined) return { ...opened, user: admin };
  const user: SessionUser = { id: newId(), name: options.name ?? `Test ${role}`, role };
  await opened.ledger.append(userAddedDraft({ userId: user.id, name: user.name, role }, systemClock), authorOf(admin));
  return { ...opened, user };
}
