/**
 * The data key's wraps (design §5, security.md T4). Every user's passphrase and the
 * recovery code wrap the same random data key. All user wraps of an installation share
 * one set of KDF parameters (one salt), so unlocking derives a single key-encryption key
 * and tries it against each wrap: the lock screen asks only for a passphrase and never
 * shows who uses this laptop. The cost is that a guess is tested against every user at
 * once, a factor of the (small) number of users.
 */
import { unwrapKey, wrapKey, wrapWithPassphrase, unwrapWithPassphrase, KeyWrapError } from '@shared/crypto/keyWrap';
import type { WrappedKey } from '@shared/crypto/keyWrap';
import { deriveKey, parseKdfParams } from '@shared/crypto/kdf';
import type { KdfParams } from '@shared/crypto/kdf';
import { recoveryCodeSecret } from '@shared/crypto/recoveryCode';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { fromBase64url, toBase64url } from '@shared/util/bytes';
import type { RecoveryWrapRow, UserWrapRow } from './vaultRows';
import { userWrapId, VAULT_ROW_IDS } from './vaultRows';

export const RECOVERY_WRAP_LABEL = 'recovery';

export function userWrapLabel(userId: string): string {
  return `user:${userId}`;
}

/** A user's wrap of the data key under the installation's shared KDF parameters. */
export async function makeUserWrap(
  passphrase: string,
  dataKey: Uint8Array,
  userId: string,
  kdf: KdfParams,
  onProgress?: (fraction: number) => void,
): Promise<UserWrapRow> {
  const kek = await deriveKey(passphrase, parseKdfParams(kdf), onProgress);
  const wrapped: WrappedKey = { v: 1, kdf, sealedB64: toBase64url(wrapKey(kek, dataKey, userWrapLabel(userId))) };
  kek.fill(0);
  return { id: userWrapId(userId), kind: 'user-wrap', userId, wrapped };
}

export async function makeRecoveryWrap(code: string, dataKey: Uint8Array, kdf: KdfParams): Promise<RecoveryWrapRow> {
  const wrapped = await wrapWithPassphrase(recoveryCodeSecret(code), dataKey, RECOVERY_WRAP_LABEL, kdf);
  return { id: VAULT_ROW_IDS.recovery, kind: 'recovery-wrap', wrapped };
}

export type Unlocked = { dataKey: Uint8Array; userId: string };

/**
 * The data key and the user whose passphrase this is, or null when no wrap opens.
 * Read-only: a wrong passphrase changes nothing.
 */
export async function openWithPassphrase(
  passphrase: string,
  wraps: readonly UserWrapRow[],
  onProgress?: (fraction: number) => void,
): Promise<Unlocked | null> {
  const groups = new Map<string, UserWrapRow[]>();
  for (const row of wraps) {
    const params = canonicalJson(row.wrapped.kdf);
    groups.set(params, [...(groups.get(params) ?? []), row]);
  }
  for (const rows of groups.values()) {
    const first = rows[0];
    if (first === undefined) continue;
    const kek = await deriveKey(passphrase, parseKdfParams(first.wrapped.kdf), onProgress);
    try {
      const found = tryEachWrap(kek, rows);
      if (found) return found;
    } finally {
      kek.fill(0);
    }
  }
  return null;
}

function tryEachWrap(kek: Uint8Array, rows: readonly UserWrapRow[]): Unlocked | null {
  for (const row of rows) {
    try {
      return { dataKey: unwrapKey(kek, fromBase64url(row.wrapped.sealedB64), userWrapLabel(row.userId)), userId: row.userId };
    } catch (error) {
      if (!(error instanceof KeyWrapError)) throw error;
    }
  }
  return null;
}

/** The data key from the recovery code, or null if the code does not open the wrap. */
export async function openWithRecoveryCode(code: string, row: RecoveryWrapRow): Promise<Uint8Array | null> {
  try {
    return await unwrapWithPassphrase(recoveryCodeSecret(code), row.wrapped, RECOVERY_WRAP_LABEL);
  } catch (error) {
    if (error instanceof KeyWrapError && error.code === 'wrong-passphrase') return null;
    throw error;
  }
}
