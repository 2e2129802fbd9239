import { use, useMemo } from 'react';
import { toIntlLocale } from '../../i18n/format';
import { FormatContext } from '../../i18n/formatContext';
import { useFormat } from '../../i18n/useFormat';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export type PopulationFormat = {
  number: (value: number) => string;
  percent: (ratio: number) => string;
  /** A calendar day key (`YYYY-MM-DD`) in full, as in "27 November 2026". */
  day: (key: string) => string;
  /** A calendar day key, short, for a chart's axis ("27 Nov"). */
  shortDay: (key: string) => string;
  /** A length of time in hours under a day, else in days. */
  duration: (ms: number) => string;
  dateTime: (ms: number) => string;
};

// A day key names a calendar day, not an instant: read at noon UTC and shown in UTC it is that day everywhere.
const noonOf = (key: string): Date => new Date(`${key}T12:00:00Z`);

/** Numbers, days and durations in the reader's language and digits. */
export function usePopulationFormat(): PopulationFormat {
  const settings = use(FormatContext);
  const format = useFormat();
  return useMemo(() => {
    const locale = toIntlLocale(settings);
    const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const hours = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 0 });
    const days = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
    return {
      number: (value) => format.number(value),
      percent: (ratio) => percent.format(ratio),
      day: (key) => long.format(noonOf(key)),
      shortDay: (key) => short.format(noonOf(key)),
      duration: (ms) => (ms < DAY_MS ? hours.format(ms / HOUR_MS) : days.format(ms / DAY_MS)),
      dateTime: (ms) => format.dateTime(new Date(ms)),
    };
  }, [settings, format]);
}
