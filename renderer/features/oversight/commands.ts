/** Writes of the oversight screens: only their settings (nothing about anyone). */
import type { HabeasDb } from '../../db/habeasDb';
import type { OversightSettings } from './settings';
import { OVERSIGHT_SETTING_IDS, SETTING_KEYS } from './settings';

/** Saves the three settings together, so they are never half saved. */
export async function saveOversightSettings(db: HabeasDb, settings: OversightSettings): Promise<void> {
  await db.settings.bulkPut(OVERSIGHT_SETTING_IDS.map((id) => ({ key: SETTING_KEYS[id], value: String(settings[id]) })));
}
