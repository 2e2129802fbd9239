/**
 * Rows of the `vault` table. They hold only what unlocking needs before any key exists:
 * the data key wrapped once per user and once for the recovery code (ciphertext plus
 * KDF parameters), the installation's secrets sealed under the data key, the count
 * of failed unlock attempts, and — only while first-run setup is unfinished — the sealed
 * record that lets it resume. Row ids are random user ids or fixed names, never anything
 * that identifies a person.
 *
 * The `drafts` table holds each user's unsaved form text, sealed at lock time.
 */
import type { Table } from 'dexie';
import type { WrappedKey } from '@shared/crypto/keyWrap';

export const VAULT_ROW_IDS = {
  recovery: 'wrap:recovery',
  installation: 'installation',
  throttle: 'throttle',
  setup: 'setup',
} as const;

/** Prefix of a user's wrap row; the rest is the user's random id. */
export const USER_WRAP_PREFIX = 'wrap:user:';

export type UserWrapRow = { id: `wrap:user:${string}`; kind: 'user-wrap'; userId: string; wrapped: WrappedKey };
export type RecoveryWrapRow = { id: typeof VAULT_ROW_IDS.recovery; kind: 'recovery-wrap'; wrapped: WrappedKey };
export type InstallationRow = { id: typeof VAULT_ROW_IDS.installation; kind: 'installation'; sealedB64: string };
export type ThrottleRow = { id: typeof VAULT_ROW_IDS.throttle; kind: 'throttle'; failures: number; lastFailureAt: string };
/** Present from the moment the keys are written until the administrator confirms the recovery code. */
export type SetupRow = { id: typeof VAULT_ROW_IDS.setup; kind: 'setup'; sealedB64: string };

export type VaultRow = UserWrapRow | RecoveryWrapRow | InstallationRow | ThrottleRow | SetupRow;

/** One user's unsaved form text, sealed under the data key; the id is the user's random id. */
export type DraftsRow = { id: string; sealedB64: string };

/** The tables the vault needs; HabeasDb declares them in schema version 3. */
export type VaultTables = {
  vault: Table<VaultRow, string>;
  drafts: Table<DraftsRow, string>;
};

export function userWrapId(userId: string): UserWrapRow['id'] {
  return `${USER_WRAP_PREFIX}${userId}`;
}

export function isUserWrap(row: VaultRow): row is UserWrapRow {
  return row.kind === 'user-wrap';
}
