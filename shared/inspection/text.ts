/**
 * Text shapes used by inspection data: labels in the three interface languages, and
 * multi-line notes. Templates and payloads carry every language themselves, so an
 * inspection or a report reads the same on a machine whose catalogues are older.
 */
import { z } from 'zod';
import { textSchema } from '../ledger/envelope';

/** The languages every template label must be given in. */
export const TEMPLATE_LANGUAGES = ['en', 'fr', 'ar'] as const;
/** One of TEMPLATE_LANGUAGES. */
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** A text in English, French and Arabic. */
export type LocalizedText = { readonly en: string; readonly fr: string; readonly ar: string };

/** A LocalizedText whose every language is non-empty, single-line and at most `maxChars` long. */
export function localizedTextSchema(maxChars: number) {
  return z.strictObject({ en: textSchema(maxChars), fr: textSchema(maxChars), ar: textSchema(maxChars) });
}

// Notes are typed by people and may span lines, so line feeds and tabs are allowed; every
// other control and bidi-control character is refused for the reason envelope.ts gives
// (they can hide or reorder text on screen and in printed reports).
const NOTE_FORBIDDEN_CHARS = /(?![\n\t])[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** Non-empty free text of at most `maxChars` UTF-16 units; line feeds and tabs allowed. */
export function noteSchema(maxChars: number) {
  return z
    .string()
    .min(1)
    .max(maxChars)
    .refine((text) => !NOTE_FORBIDDEN_CHARS.test(text), {
      message: 'must not contain control or bidi-control characters',
    });
}

/** The text in one language. */
export function textIn(text: LocalizedText, language: TemplateLanguage): string {
  return text[language];
}
