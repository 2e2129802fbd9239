/**
 * Monitoring figures in words, in the reader's language and digits: each indicator's name,
 * a value as the table and the summary show it ("62 % (5 of 8)", "3.2 m² per person"),
 * each verdict, and the plain statements of what changed.
 */
import { use, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_DEFINITIONS } from '@shared/inspection/indicatorDefinitions';
import type { Change, Measured, MonitoringIndicator, Verdict } from '@shared/monitoring/changes';
import type { CalendarPeriod } from '@shared/sharing/period';
import { formatDate, toIntlLocale } from '../../i18n/format';
import { FormatContext } from '../../i18n/formatContext';
import { isLanguage } from '../../i18n/languages';
import type { TranslationKey } from '../../i18n/translationKey';
import { useFormat } from '../../i18n/useFormat';
import { useCustodyLabels } from '../custody';

export const VERDICT_KEYS: Readonly<Record<Verdict, TranslationKey>> = {
  better: 'monitoring.verdict.better',
  worse: 'monitoring.verdict.worse',
  same: 'monitoring.verdict.same',
  too_few: 'monitoring.verdict.tooFew',
  not_comparable: 'monitoring.verdict.notComparable',
  no_data: 'monitoring.verdict.noData',
};

type FixedKind = Exclude<MonitoringIndicator['kind'], 'safeguard' | 'inspection_indicator'>;

const INDICATOR_KEYS: Readonly<Record<FixedKind, TranslationKey>> = {
  inspection_score: 'monitoring.indicators.inspectionScore',
  open_actions: 'monitoring.indicators.openActions',
  overdue_actions: 'monitoring.indicators.overdueActions',
  alerts: 'monitoring.indicators.alerts',
  critical_alerts: 'monitoring.indicators.criticalAlerts',
  bundle_age: 'monitoring.indicators.bundleAge',
};

const MISSING_KEYS: Readonly<Record<MonitoringIndicator['kind'], TranslationKey>> = {
  safeguard: 'monitoring.values.nobodyAssessed',
  inspection_score: 'monitoring.values.notInspected',
  inspection_indicator: 'monitoring.values.notMeasured',
  open_actions: 'monitoring.values.notMeasured',
  overdue_actions: 'monitoring.values.notMeasured',
  alerts: 'monitoring.values.notMeasured',
  critical_alerts: 'monitoring.values.notMeasured',
  bundle_age: 'monitoring.values.noBundle',
};

export type MonitoringText = {
  indicator: (indicator: MonitoringIndicator) => string;
  value: (indicator: MonitoringIndicator, measured: Measured) => string;
  percent: (ratio: number) => string;
  number: (value: number) => string;
  statement: (change: Change) => string;
  /** A calendar day (`YYYY-MM-DD`) in full. */
  day: (date: string) => string;
  /** A month of a chart, short ("Mar 2026"). */
  month: (period: CalendarPeriod) => string;
  range: (period: CalendarPeriod) => string;
};

export function useMonitoringText(): MonitoringText {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const settings = use(FormatContext);
  const labels = useCustodyLabels();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return useMemo(() => {
    const percent = (ratio: number) => format.number(ratio, { style: 'percent', maximumFractionDigits: 0 });
    const number = (value: number) => format.number(value, { maximumFractionDigits: 1 });
    // A calendar day is not an instant: formatted at noon UTC in UTC it is that day everywhere.
    const day = (date: string) => formatDate(new Date(`${date}T12:00:00Z`), settings, 'UTC');
    const monthFormat = new Intl.DateTimeFormat(toIntlLocale(settings), { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const indicator = (item: MonitoringIndicator): string => {
      if (item.kind === 'safeguard') return labels.safeguardRule(item.ruleId);
      if (item.kind === 'inspection_indicator') return INDICATOR_DEFINITIONS[item.id].label[language];
      return t(INDICATOR_KEYS[item.kind]);
    };
    const value = (item: MonitoringIndicator, measured: Measured): string => {
      if (measured.kind === 'none' || (measured.kind === 'rate' && measured.assessed === 0)) return t(MISSING_KEYS[item.kind]);
      if (measured.kind === 'rate') return t('monitoring.values.rate', { percent: percent(measured.met / measured.assessed), met: number(measured.met), assessed: number(measured.assessed) });
      if (item.kind === 'inspection_score') return percent(measured.value);
      if (item.kind === 'inspection_indicator') return `${number(measured.value)}\u00A0${INDICATOR_DEFINITIONS[item.id].unit[language]}`;
      if (item.kind === 'bundle_age') return t('monitoring.values.days', { count: measured.value, formatted: number(measured.value) });
      return number(measured.value);
    };
    const statement = (change: Change): string => {
      const name = indicator(change.indicator);
      const from = value(change.indicator, change.baseline);
      const to = value(change.indicator, change.comparison);
      if (change.verdict === 'same') return t('monitoring.summary.same', { indicator: name, from, to });
      if (change.verdict === 'not_comparable') return t('monitoring.summary.notComparable', { indicator: name, from, to });
      if (change.verdict === 'too_few') {
        const assessed = (measured: Measured) => number(measured.kind === 'rate' ? measured.assessed : 0);
        return t('monitoring.summary.tooFewItem', { indicator: name, a: assessed(change.baseline), b: assessed(change.comparison) });
      }
      const verdict = change.verdict === 'better' ? t('monitoring.summary.better') : t('monitoring.summary.worse');
      return t('monitoring.summary.moved', { indicator: name, from, to, verdict });
    };
    const range = (period: CalendarPeriod) => t('monitoring.choice.range', { from: day(period.from), to: day(period.to) });
    return { indicator, value, percent, number, statement, day, month: (period) => monthFormat.format(new Date(`${period.from}T12:00:00Z`)), range };
  }, [t, format, settings, labels, language]);
}
