/**
 * How the safeguard audit writes its figures: months, durations and rates in the reader's
 * language and digits. A rate over few people is given as a count ("2 of 3") so that one
 * person more or less is not read as a trend; a month nobody was assessed in has no rate.
 */
import { use, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeguardTally } from '@shared/sharing/aggregate';
import { metShare } from '@shared/sharing/aggregate';
import { toIntlLocale } from '../../i18n/format';
import { FormatContext } from '../../i18n/formatContext';
import { useFormat } from '../../i18n/useFormat';

/** Below this many people assessed, a rate is shown only as a count. */
export const FEW_ASSESSED = 10;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export type AuditFormat = {
  number: (value: number) => string;
  /** A month key (`YYYY-MM`) in full, as in "March 2026". */
  month: (key: string) => string;
  /** A month key, short, for a chart's axis. */
  shortMonth: (key: string) => string;
  /** A length of time in hours under two days, else in days. */
  duration: (ms: number) => string;
  date: (ms: number) => string;
  /** A rule's outcome as a rate with its counts, a count alone, or "no one assessed". */
  rate: (tally: SafeguardTally) => string;
  /** A share (0–1) as a percentage, as the reader's language writes it. */
  percent: (ratio: number) => string;
  /** "3 of 5" without a percentage. */
  ofTotal: (part: number, total: number) => string;
};

// A month key names a calendar month, not an instant: read mid-month at noon UTC and shown in UTC it is that month everywhere.
const midMonth = (key: string): Date => new Date(`${key}-15T12:00:00Z`);

export function useAuditFormat(): AuditFormat {
  const { t } = useTranslation();
  const settings = use(FormatContext);
  const format = useFormat();
  return useMemo(() => {
    const locale = toIntlLocale(settings);
    const long = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const hours = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 0 });
    const days = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 0 });
    const ofTotal = (part: number, total: number) => t('oversight.safeguards.rate.ofTotal', { part: format.number(part), total: format.number(total) });
    return {
      number: (value) => format.number(value),
      month: (key) => long.format(midMonth(key)),
      shortMonth: (key) => short.format(midMonth(key)),
      duration: (ms) => (ms < 2 * DAY_MS ? hours.format(ms / HOUR_MS) : days.format(Math.floor(ms / DAY_MS))),
      date: (ms) => format.date(new Date(ms)),
      ofTotal,
      percent: (ratio) => percent.format(ratio),
      rate: (tally) => {
        const share = metShare(tally);
        const assessed = tally.met + tally.overdue + tally.unknown;
        if (share === undefined) return t('oversight.safeguards.rate.none');
        if (assessed < FEW_ASSESSED) return ofTotal(tally.met, assessed);
        return t('oversight.safeguards.rate.share', { percent: percent.format(share), counts: ofTotal(tally.met, assessed) });
      },
    };
  }, [settings, format, t]);
}
