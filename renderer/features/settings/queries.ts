import type { HabeasDb } from '../../db/habeasDb';
import type { Preferences } from './preferences';
import { PREFERENCE_KEYS, preferencesFromRows } from './preferences';

export async function readPreferences(db: HabeasDb, fallback: Preferences): Promise<Preferences> {
  const rows = await db.settings.bulkGet([...PREFERENCE_KEYS]);
  return preferencesFromRows(rows, fallback);
}
