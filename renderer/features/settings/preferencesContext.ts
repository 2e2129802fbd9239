import { createContext } from 'react';
import type { PreferenceKey, Preferences } from './preferences';

export type PreferencesContextValue = {
  preferences: Preferences;
  /** Applies the choice at once and resolves when it is stored; rejects if it could not be. */
  choosePreference: <Key extends PreferenceKey>(key: Key, value: Preferences[Key]) => Promise<void>;
};

/** Null outside PreferencesProvider. */
export const PreferencesContext = createContext<PreferencesContextValue | null>(null);
