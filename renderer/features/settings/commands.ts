import type { HabeasDb } from '../../db/habeasDb';
import type { PreferenceKey, Preferences } from './preferences';

export async function savePreference<Key extends PreferenceKey>(db: HabeasDb, key: Key, value: Preferences[Key]): Promise<void> {
  await db.settings.put({ key, value });
}
