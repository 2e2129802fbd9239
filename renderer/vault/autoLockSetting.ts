/**
 * How long the app may stay unused before it locks itself. A preference like the
 * language, stored unsealed in the settings table (it identifies no one).
 */
import type { HabeasDb } from '../db/habeasDb';

export const AUTO_LOCK_SETTING_KEY = 'autoLockMinutes';
export const AUTO_LOCK_DEFAULT_MINUTES = 10;
export const AUTO_LOCK_MIN_MINUTES = 1;
export const AUTO_LOCK_MAX_MINUTES = 120;

/** Whether the value is a whole number of minutes in the accepted range. */
export function isAutoLockMinutes(value: number): boolean {
  return Number.isInteger(value) && value >= AUTO_LOCK_MIN_MINUTES && value <= AUTO_LOCK_MAX_MINUTES;
}

/** The stored setting, or the default when it is missing or out of range. */
export function autoLockMinutesFrom(stored: string | undefined): number {
  const minutes = Number(stored);
  return stored !== undefined && isAutoLockMinutes(minutes) ? minutes : AUTO_LOCK_DEFAULT_MINUTES;
}

export async function readAutoLockMinutes(db: HabeasDb): Promise<number> {
  return autoLockMinutesFrom((await db.settings.get(AUTO_LOCK_SETTING_KEY))?.value);
}

/** @throws RangeError if the value is out of range */
export async function saveAutoLockMinutes(db: HabeasDb, minutes: number): Promise<void> {
  if (!isAutoLockMinutes(minutes)) throw new RangeError('auto-lock minutes out of range');
  await db.settings.put({ key: AUTO_LOCK_SETTING_KEY, value: String(minutes) });
}
