/**
 * Types every `t()` call against the English catalogue, so a misspelt or dynamic key is a
 * compile error and the key-usage test can find every key as a string literal.
 */
import type { ParseKeys } from 'i18next';
import type en from './locales/en.json';
import type { FeatureCatalogues } from './featureCatalogues';

declare module 'i18next' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges only with an interface
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & FeatureCatalogues };
    strictKeyChecks: true;
    strictInterpolationChecks: true;
  }
}

export type TranslationKey = ParseKeys;
