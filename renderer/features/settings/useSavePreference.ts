import { useCallback } from 'react';
import { useUiStore } from '../../stores/uiStore';
import type { PreferenceKey, Preferences } from './preferences';
import { usePreferences } from './usePreferences';

/** Applies and saves one preference, then tells the user whether it was kept. */
export function useSavePreference(): <Key extends PreferenceKey>(key: Key, value: Preferences[Key]) => Promise<void> {
  const { choosePreference } = usePreferences();
  const showToast = useUiStore((state) => state.showToast);
  return useCallback(
    async (key, value) => {
      try {
        await choosePreference(key, value);
        showToast('success', 'settings.saved');
      } catch {
        showToast('error', 'settings.saveFailed');
      }
    },
    [choosePreference, showToast],
  );
}
