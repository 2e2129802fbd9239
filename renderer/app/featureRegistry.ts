import { homeFeature } from '../features/home';
import { settingsFeature } from '../features/settings';
import type { FeatureDefinition } from './feature';

/** Every feature the app offers, in navigation order. Only what is listed here is shown. */
export const FEATURES: readonly FeatureDefinition[] = [homeFeature, settingsFeature];
