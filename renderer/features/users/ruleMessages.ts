import type { TranslationKey } from '../../i18n/translationKey';
import type { RemovalProblem, RoleChangeProblem } from './userRules';

export const REMOVAL_MESSAGES: Readonly<Record<RemovalProblem, TranslationKey>> = {
  'already-removed': 'users.remove.alreadyRemoved',
  'last-admin': 'users.remove.lastAdmin',
  'self-without-other-admin': 'users.remove.selfWithoutOtherAdmin',
};

export const ROLE_CHANGE_MESSAGES: Readonly<Record<RoleChangeProblem, TranslationKey>> = {
  'same-role': 'users.role.sameRole',
  'last-admin': 'users.role.lastAdmin',
  removed: 'users.remove.alreadyRemoved',
};
