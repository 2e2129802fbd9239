import { use } from 'react';
import type { PreferencesContextValue } from './preferencesContext';
import { PreferencesContext } from './preferencesContext';

export function usePreferences(): PreferencesContextValue {
  const value = use(PreferencesContext);
  if (value === null) throw new Error('usePreferences() needs a <PreferencesProvider> above it');
  return value;
}
