import { describe, expect, it, onTestFinished } from 'vitest';
import { openHabeasDb } from '../../../../../renderer/db/habeasDb';
import { readPreferences } from '../../../../../renderer/features/settings/queries';
import { savePreference } from '../../../../../renderer/features/settings/commands';
import type { Preferences } from '../../../../../renderer/features/settings/preferences';
import { effectivePreferences } from '../../../../../renderer/features/settings/preferences';

const FALLBACK: Preferences = { language: 'fr', numbering: 'auto' };

async function freshDb() {
  const { db } = await openHabeasDb(`prefs-${crypto.randomUUID()}`);
  onTestFinished(() => db.delete());
  return db;
}

describe('preferences', () => {
  it('fall back when nothing is stored, and read back what was saved', async () => {
    const db = await freshDb();
    expect(await readPreferences(db, FALLBACK)).toEqual(FALLBACK);
    await savePreference(db, 'language', 'ar');
    await savePreference(db, 'numbering', 'arab');
    expect(await readPreferences(db, FALLBACK)).toEqual({ language: 'ar', numbering: 'arab' });
  });

  it('ignore a stored value the app does not know', async () => {
    const db = await freshDb();
    await db.settings.bulkPut([
      { key: 'language', value: 'klingon' },
      { key: 'numbering', value: 'latn' },
    ]);
    expect(await readPreferences(db, FALLBACK)).toEqual({ language: 'fr', numbering: 'latn' });
  });

  it('show a fresh choice until the database changes, then follow the database', () => {
    const stored: Preferences = { language: 'en', numbering: 'auto' };
    const pending = { basis: stored, chosen: { language: 'ar', numbering: 'auto' } as const };
    expect(effectivePreferences(stored, pending)).toEqual(pending.chosen);
    expect(effectivePreferences({ language: 'fr', numbering: 'auto' }, pending)).toEqual({ language: 'fr', numbering: 'auto' });
    expect(effectivePreferences(stored, null)).toBe(stored);
  });
});
