/** Writes of the register screens. Register entries themselves are written by renderer/custody. */
import type { HabeasDb } from '../../db/habeasDb';
import type { RegisterColumnId } from './columns';
import { COLUMN_SETTING_KEY, columnsToSetting } from './columns';

/** Remembers the columns chosen, on this computer (column names only: nothing about anyone). */
export async function saveRegisterColumns(db: HabeasDb, columns: readonly RegisterColumnId[]): Promise<void> {
  await db.settings.put({ key: COLUMN_SETTING_KEY, value: columnsToSetting(columns) });
}
