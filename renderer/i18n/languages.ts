/** The interface languages, in the order the language picker lists them. */
export const LANGUAGE_CODES = ['en', 'fr', 'ar'] as const;
export type Language = (typeof LANGUAGE_CODES)[number];

export type TextDirection = 'ltr' | 'rtl';

export const LANGUAGE_DIRECTIONS: Readonly<Record<Language, TextDirection>> = {
  en: 'ltr',
  fr: 'ltr',
  ar: 'rtl',
};

export const FALLBACK_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

/** First interface language matching the system's preferred languages (`fr-CA` picks `fr`). */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return FALLBACK_LANGUAGE;
}

/** Sets `lang` and `dir` on <html> so the browser mirrors the layout and picks fonts. */
export function applyDocumentLanguage(doc: Document, language: Language): void {
  doc.documentElement.lang = language;
  doc.documentElement.dir = LANGUAGE_DIRECTIONS[language];
}
