/**
 * Reading and writing users' wraps of the data key. Every user wrap of an installation
 * uses the same KDF parameters (keyring.ts), so a new wrap copies them from an existing
 * one; removing a user deletes only that user's wrap, never the data or other wraps.
 */
import { newKdfParams, parseKdfParams } from '@shared/crypto/kdf';
import type { KdfParams } from '@shared/crypto/kdf';
import type { HabeasDb } from '../db/habeasDb';
import { makeUserWrap } from './keyring';
import type { UserWrapRow } from './vaultRows';
import { isUserWrap, USER_WRAP_PREFIX, userWrapId } from './vaultRows';

export async function readUserWraps(db: HabeasDb): Promise<UserWrapRow[]> {
  const rows = await db.vault.where('id').startsWith(USER_WRAP_PREFIX).toArray();
  return rows.filter(isUserWrap);
}

/** The installation's shared KDF parameters, from its first user wrap; fresh ones at the floor if it has none. */
export async function installationKdf(db: HabeasDb): Promise<KdfParams> {
  const [first] = await readUserWraps(db);
  return first === undefined ? newKdfParams() : parseKdfParams(first.wrapped.kdf);
}

/** A new wrap of the data key under the user's passphrase (takes about a second). Writes nothing. */
export async function newUserWrap(
  db: HabeasDb,
  dataKey: Uint8Array,
  userId: string,
  passphrase: string,
  onProgress?: (fraction: number) => void,
): Promise<UserWrapRow> {
  return makeUserWrap(passphrase, dataKey, userId, await installationKdf(db), onProgress);
}

/** Adds or replaces the user's wrap. */
export async function storeUserWrap(db: HabeasDb, row: UserWrapRow): Promise<void> {
  await db.vault.put(row);
}

export async function deleteUserWrap(db: HabeasDb, userId: string): Promise<void> {
  await db.vault.delete(userWrapId(userId));
}
