import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/useDb';
import { useLiveQuery } from '../../db/useLiveQuery';
import { deviceTimeZone } from '../../i18n/format';
import { FormatContext } from '../../i18n/formatContext';
import { applyDocumentLanguage } from '../../i18n/languages';
import { savePreference } from './commands';
import type { PendingPreferences, PreferenceKey, Preferences } from './preferences';
import { effectivePreferences } from './preferences';
import { PreferencesContext } from './preferencesContext';
import { readPreferences } from './queries';

type PreferencesProviderProps = {
  /** What main.tsx read before the first render, so that render is already right. */
  initial: Preferences;
  children: ReactNode;
};

/**
 * Follows the stored preferences (the database is their source of truth) and applies them:
 * the interface language, <html lang/dir>, and the formatting every screen uses.
 */
export function PreferencesProvider({ initial, children }: PreferencesProviderProps) {
  const db = useDb();
  const { i18n } = useTranslation();
  const query = useCallback(() => readPreferences(db, initial), [db, initial]);
  const result = useLiveQuery(query);
  const stored = result.status === 'ready' ? result.value : initial;
  const [pending, setPending] = useState<PendingPreferences | null>(null);
  const preferences = effectivePreferences(stored, pending);

  const choosePreference = useCallback(
    <Key extends PreferenceKey>(key: Key, value: Preferences[Key]) => {
      setPending({ basis: stored, chosen: { ...preferences, [key]: value } });
      return savePreference(db, key, value);
    },
    [db, stored, preferences],
  );

  useEffect(() => {
    void i18n.changeLanguage(preferences.language);
    applyDocumentLanguage(document, preferences.language);
  }, [i18n, preferences.language]);

  const { language, numbering } = preferences;
  const format = useMemo(() => ({ language, numbering, timeZone: deviceTimeZone() }), [language, numbering]);
  const context = useMemo(() => ({ preferences, choosePreference }), [preferences, choosePreference]);

  return (
    <PreferencesContext value={context}>
      <FormatContext value={format}>{children}</FormatContext>
    </PreferencesContext>
  );
}
