/**
 * The detainee register (issue P3 items 4, 5 and the register half of 7): the list of
 * every entry with search across scripts, filters and safeguard badges, the entries that
 * need action grouped by safeguard rule, and the printed register extract.
 */
import type { FeatureDefinition } from '../../app/feature';
import { ExtractScreen } from './ExtractScreen';
import { NeedsActionScreen } from './NeedsActionScreen';
import { EXTRACT_PATH, NEEDS_ACTION_PATH, REGISTER_PATH } from './paths';
import { RegisterScreen } from './RegisterScreen';
import './register.css';

export { EXTRACT_PATH, NEEDS_ACTION_PATH, REGISTER_PATH } from './paths';

export const registerFeature: FeatureDefinition = {
  id: 'register',
  path: REGISTER_PATH.slice(1),
  navLabelKey: 'register.nav',
  Screen: RegisterScreen,
  requires: 'register.read',
};

export const needsActionFeature: FeatureDefinition = {
  id: 'needsAction',
  path: NEEDS_ACTION_PATH.slice(1),
  inNav: false,
  navLabelKey: 'register.tabs.needsAction',
  Screen: NeedsActionScreen,
  requires: 'register.read',
};

export const registerExtractFeature: FeatureDefinition = {
  id: 'registerExtract',
  path: EXTRACT_PATH.slice(1),
  inNav: false,
  navLabelKey: 'register.tabs.extract',
  Screen: ExtractScreen,
  requires: 'register.read',
};
