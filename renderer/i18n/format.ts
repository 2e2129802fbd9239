/**
 * Dates, times and numbers written the way the reader's language writes them, through
 * Intl and never by hand.
 *
 * Digits: `auto` keeps Intl's default for the language. Since CLDR 42 that default is
 * Western digits (0-9) even for plain `ar`, the form most North African facilities use;
 * `arab` forces Arabic-Indic digits (٠-٩) for facilities in the Mashriq, and `latn` forces
 * Western digits in every language.
 *
 * Calendar and clock: always the Gregorian calendar and a 24-hour clock, because a custody
 * record's deadlines (a judge within 48 h) are counted in those units and must read the
 * same in every language.
 */
import type { Language } from './languages';

export const NUMBERING_SYSTEMS = ['auto', 'latn', 'arab'] as const;
export type Numbering = (typeof NUMBERING_SYSTEMS)[number];

export function isNumbering(value: unknown): value is Numbering {
  return typeof value === 'string' && (NUMBERING_SYSTEMS as readonly string[]).includes(value);
}

export type FormatLocale = { language: Language; numbering: Numbering };

/** A BCP 47 tag such as `ar-u-ca-gregory-nu-arab`. */
export function toIntlLocale({ language, numbering }: FormatLocale): string {
  const numberingExtension = numbering === 'auto' ? '' : `-nu-${numbering}`;
  return `${language}-u-ca-gregory${numberingExtension}`;
}

/** The calendar day of `instant` as seen in `timeZone`, with the month spelt out. */
export function formatDate(instant: Date, locale: FormatLocale, timeZone: string): string {
  return new Intl.DateTimeFormat(toIntlLocale(locale), { dateStyle: 'long', timeZone }).format(instant);
}

/** Date and 24-hour time of `instant` in `timeZone`, naming the zone so the time is never ambiguous. */
export function formatDateTime(instant: Date, locale: FormatLocale, timeZone: string): string {
  return new Intl.DateTimeFormat(toIntlLocale(locale), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: 'short',
  }).format(instant);
}

export function formatNumber(value: number, locale: FormatLocale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(toIntlLocale(locale), options).format(value);
}

/** The device's own zone; the facility's zone becomes a setting once facilities exist. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
