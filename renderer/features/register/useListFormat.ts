import { use } from 'react';
import { toIntlLocale } from '../../i18n/format';
import type { FormatSettings } from '../../i18n/formatContext';
import { FormatContext } from '../../i18n/formatContext';

/** Numbers and instants as the list shows them: the day, and the hour on its own line, on the facility's clock. */
export type ListFormat = {
  readonly day: (ms: number) => string;
  readonly time: (ms: number) => string;
  readonly number: (value: number) => string;
};

// Rows mount by the dozen while the list scrolls, and an Intl formatter costs far more to
// make than to use: one set per language, digits and zone for the whole session.
const formats = new Map<string, ListFormat>();

function listFormatFor(settings: FormatSettings): ListFormat {
  const locale = toIntlLocale(settings);
  const key = `${locale}|${settings.timeZone}`;
  let held = formats.get(key);
  if (held === undefined) {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: settings.timeZone });
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: settings.timeZone });
    const number = new Intl.NumberFormat(locale);
    held = { day: (ms) => day.format(ms), time: (ms) => time.format(ms), number: (value) => number.format(value) };
    formats.set(key, held);
  }
  return held;
}

/** Compact dates and numbers for list cells, in the reader's language and digits and the facility's time zone. */
export function useListFormat(): ListFormat {
  return listFormatFor(use(FormatContext));
}
