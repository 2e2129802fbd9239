/**
 * The stored count of unlock attempts (throttle.ts has the delay policy). An attempt is
 * counted before the key is derived and the count cleared only on success, so closing
 * the window in the middle of a derivation does not earn a free guess.
 */
import type { HabeasDb } from '../db/habeasDb';
import { delayAfterFailures, waitRemaining } from './throttle';
import type { ThrottleRow } from './vaultRows';
import { VAULT_ROW_IDS } from './vaultRows';

async function readThrottle(db: HabeasDb): Promise<ThrottleRow | undefined> {
  const row = await db.vault.get(VAULT_ROW_IDS.throttle);
  return row?.kind === 'throttle' ? row : undefined;
}

/**
 * Milliseconds before another attempt is accepted. Capped at the policy's delay, so a
 * clock set back cannot stretch the wait, and a clock set forward only shortens it.
 */
export async function unlockWaitMs(db: HabeasDb, now: Date): Promise<number> {
  const row = await readThrottle(db);
  if (row === undefined) return 0;
  const lastFailureAt = new Date(row.lastFailureAt);
  const remaining = Number.isNaN(lastFailureAt.getTime()) ? 0 : waitRemaining(row.failures, lastFailureAt, now);
  return Math.min(remaining, delayAfterFailures(row.failures));
}

/** Counts one attempt; returns the wait before the next one if this one fails. */
export async function countAttempt(db: HabeasDb, now: Date): Promise<number> {
  const failures = await db.transaction('rw', db.vault, async () => {
    const count = ((await readThrottle(db))?.failures ?? 0) + 1;
    await db.vault.put({ id: VAULT_ROW_IDS.throttle, kind: 'throttle', failures: count, lastFailureAt: now.toISOString() });
    return count;
  });
  return delayAfterFailures(failures);
}

export async function clearAttempts(db: HabeasDb): Promise<void> {
  await db.vault.delete(VAULT_ROW_IDS.throttle);
}
