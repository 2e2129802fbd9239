import { use, useMemo } from 'react';
import { formatDate, formatDateTime, formatNumber } from './format';
import { FormatContext } from './formatContext';

export type Formatters = {
  timeZone: string;
  date: (instant: Date) => string;
  dateTime: (instant: Date) => string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
};

/** Formatting helpers bound to the active language, digits and time zone. */
export function useFormat(): Formatters {
  const settings = use(FormatContext);
  return useMemo(
    () => ({
      timeZone: settings.timeZone,
      date: (instant) => formatDate(instant, settings, settings.timeZone),
      dateTime: (instant) => formatDateTime(instant, settings, settings.timeZone),
      number: (value, options) => formatNumber(value, settings, options),
    }),
    [settings],
  );
}
