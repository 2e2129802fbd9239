/**
 * Builds the app's i18next instance with every catalogue bundled, initialised
 * synchronously so the first render is already in the stored language. One instance is
 * created by main.tsx and handed to React through I18nextProvider; tests make their own.
 */
import i18next from 'i18next';
import type { i18n } from 'i18next';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { featureCataloguesFor, mergeCatalogues } from './featureCatalogues';
import { FALLBACK_LANGUAGE, LANGUAGE_CODES } from './languages';
import type { Language } from './languages';

/** Every language's full catalogue: the core strings plus each feature's under its name. */
export const CATALOGUES = {
  en: mergeCatalogues(en, featureCataloguesFor('en')),
  fr: mergeCatalogues(fr, featureCataloguesFor('fr')),
  ar: mergeCatalogues(ar, featureCataloguesFor('ar')),
} as const;

export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: {
      en: { translation: CATALOGUES.en },
      fr: { translation: CATALOGUES.fr },
      ar: { translation: CATALOGUES.ar },
    },
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...LANGUAGE_CODES],
    initAsync: false,
    // React escapes text itself; escaping here would show `&amp;` to the user.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}
