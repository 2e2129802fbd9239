/**
 * Unlocking: a passphrase (which also says whose it is) or the recovery code. Both are
 * throttled by the same stored count, and a failure only ever counts: nothing is deleted
 * however many attempts fail (security.md §6 item 18).
 */
import { KdfError } from '@shared/crypto/kdf';
import { KeyWrapError } from '@shared/crypto/keyWrap';
import { parseRecoveryCode } from '@shared/crypto/recoveryCode';
import type { Clock } from '@shared/util/clock';
import { systemClock } from '@shared/util/clock';
import type { Result } from '@shared/util/result';
import { err, ok } from '@shared/util/result';
import type { HabeasDb } from '../db/habeasDb';
import { openWithPassphrase, openWithRecoveryCode } from './keyring';
import { closeVault, openVault } from './openVault';
import type { OpenedVault, OpenVaultOptions } from './openVault';
import type { Session } from './session';
import { activeUserOf } from './session';
import { clearAttempts, countAttempt, unlockWaitMs } from './unlockThrottle';
import { readUserWraps } from './userWraps';
import { VAULT_ROW_IDS } from './vaultRows';

/**
 * Why an unlock was refused: a wrong passphrase or code (with the wait before the next
 * try), an attempt too soon after the last failures, a user whose access was withdrawn,
 * or stored keys that are malformed or ask for a cost below the floor (altered storage).
 */
export type UnlockRefusal =
  | { code: 'wrong'; waitMs: number }
  | { code: 'throttled'; waitMs: number }
  | { code: 'user-removed' }
  | { code: 'damaged' };

export type UnlockOptions = OpenVaultOptions & { onProgress?: (fraction: number) => void };

async function attempt<T>(
  db: HabeasDb,
  clock: Clock,
  open: () => Promise<T | null>,
): Promise<Result<T, UnlockRefusal>> {
  const waitMs = await unlockWaitMs(db, clock.now());
  if (waitMs > 0) return err({ code: 'throttled', waitMs });
  const nextWaitMs = await countAttempt(db, clock.now());
  try {
    const opened = await open();
    return opened === null ? err({ code: 'wrong', waitMs: nextWaitMs }) : ok(opened);
  } catch (error) {
    if (error instanceof KdfError || error instanceof KeyWrapError) return err({ code: 'damaged' });
    throw error;
  }
}

/** The session of the user whose passphrase this is. */
export async function unlockWithPassphrase(
  db: HabeasDb,
  passphrase: string,
  options: UnlockOptions = {},
): Promise<Result<Session, UnlockRefusal>> {
  const clock = options.clock ?? systemClock;
  const found = await attempt(db, clock, async () => openWithPassphrase(passphrase, await readUserWraps(db), options.onProgress));
  if (!found.ok) return found;
  const opened = await openVault(db, found.value.dataKey, options);
  const user = activeUserOf(opened, found.value.userId);
  if (user === undefined) {
    closeVault(opened);
    return err({ code: 'user-removed' });
  }
  await clearAttempts(db);
  return ok({ ...opened, user });
}

/**
 * The vault opened with the recovery code, not yet bound to a user: the caller must make
 * the person choose who they are and set a new passphrase (finishRecovery).
 */
export async function unlockWithRecoveryCode(
  db: HabeasDb,
  code: string,
  options: UnlockOptions = {},
): Promise<Result<OpenedVault, UnlockRefusal>> {
  const clock = options.clock ?? systemClock;
  // A mistyped code is caught by its check symbols before it costs an attempt.
  if (!parseRecoveryCode(code).ok) return err({ code: 'wrong', waitMs: await unlockWaitMs(db, clock.now()) });
  const found = await attempt(db, clock, async () => {
    const row = await db.vault.get(VAULT_ROW_IDS.recovery);
    return row?.kind === 'recovery-wrap' ? openWithRecoveryCode(code, row) : null;
  });
  if (!found.ok) return found;
  const opened = await openVault(db, found.value, options);
  await clearAttempts(db);
  return ok(opened);
}
