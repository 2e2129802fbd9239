/** The users screen: who may use this installation, with which role. */
import type { FeatureDefinition } from '../../app/feature';
import { UsersScreen } from './UsersScreen';

export const usersFeature: FeatureDefinition = {
  id: 'users',
  path: 'users',
  navLabelKey: 'nav.users',
  Screen: UsersScreen,
  requires: 'users.manage',
};
