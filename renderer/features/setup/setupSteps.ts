import type { TranslationKey } from '../../i18n/translationKey';

/** The wizard's steps, in order; creating the keys is the last. */
export const SETUP_STEPS = ['language', 'facility', 'admin', 'creating'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export const SETUP_STEP_TITLES: Readonly<Record<SetupStep, TranslationKey>> = {
  language: 'setup.steps.language',
  facility: 'setup.steps.facility',
  admin: 'setup.steps.admin',
  creating: 'setup.steps.creating',
};
