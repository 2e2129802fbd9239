/** The settings feature's public surface: its screen, and the preferences the whole app follows. */
import type { FeatureDefinition } from '../../app/feature';
import { SettingsScreen } from './SettingsScreen';

export const SETTINGS_PATH = '/settings';

export const settingsFeature: FeatureDefinition = {
  id: 'settings',
  path: 'settings',
  navLabelKey: 'nav.settings',
  Screen: SettingsScreen,
};

export { LanguageSetting } from './LanguageSetting';
export { LanguageSwitcher } from './LanguageSwitcher';
export { PreferencesProvider } from './PreferencesProvider';
export { readPreferences } from './queries';
export { usePreferences } from './usePreferences';
export type { Preferences } from './preferences';
