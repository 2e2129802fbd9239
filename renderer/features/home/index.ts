import type { FeatureDefinition } from '../../app/feature';
import { HomeScreen } from './HomeScreen';

export const homeFeature: FeatureDefinition = {
  id: 'home',
  path: '',
  navLabelKey: 'nav.home',
  Screen: HomeScreen,
};
