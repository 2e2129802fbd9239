/**
 * The user's display preferences. They identify no one, so they are stored unsealed in the
 * settings table and can be read before the vault is unlocked (and before the first paint).
 */
import type { SettingRow } from '../../db/habeasDb';
import type { Numbering } from '../../i18n/format';
import { isNumbering } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { isLanguage } from '../../i18n/languages';

export type Preferences = {
  language: Language;
  numbering: Numbering;
};

export type PreferenceKey = keyof Preferences;

export const PREFERENCE_KEYS = ['language', 'numbering'] as const satisfies readonly PreferenceKey[];

/** Stored rows to preferences; a missing or unrecognised value falls back rather than failing. */
export function preferencesFromRows(rows: readonly (SettingRow | undefined)[], fallback: Preferences): Preferences {
  const stored = new Map(rows.flatMap((row) => (row ? [[row.key, row.value] as const] : [])));
  const language = stored.get('language');
  const numbering = stored.get('numbering');
  return {
    language: isLanguage(language) ? language : fallback.language,
    numbering: isNumbering(numbering) ? numbering : fallback.numbering,
  };
}

/**
 * A choice the user just made, shown at once while it is being saved. It stands only while
 * the stored preferences are still the ones it was made over: once the database changes
 * (the save landed, or another window wrote), the database wins again. If saving fails
 * the choice still holds for this session, which the storage banner explains.
 */
export type PendingPreferences = { chosen: Preferences; basis: Preferences };

function samePreferences(a: Preferences, b: Preferences): boolean {
  return PREFERENCE_KEYS.every((key) => a[key] === b[key]);
}

export function effectivePreferences(stored: Preferences, pending: PendingPreferences | null): Preferences {
  return pending !== null && samePreferences(pending.basis, stored) ? pending.chosen : stored;
}
