import { useTranslation } from 'react-i18next';
import type { CategoryKey, FlowKind, StayBand } from '@shared/custody/population';
import type { SafeguardRuleId } from '@shared/custody/safeguards';
import type { Shown, StatLine, StatMeasure, StatSection } from '@shared/sharing/publish';
import type { TranslationKey } from '../../i18n/translationKey';
import { useFormat } from '../../i18n/useFormat';
import { useCustodyLabels } from '../custody';

const SECTION_KEYS: Readonly<Record<StatSection, TranslationKey>> = {
  held: 'partners.stats.section.held',
  category: 'partners.stats.section.category',
  movements: 'partners.stats.section.movements',
  stays: 'partners.stats.section.stays',
  safeguards: 'partners.stats.section.safeguards',
};

const HELD_KEYS: Readonly<Record<string, TranslationKey>> = {
  at_start: 'partners.stats.held.at_start',
  at_end: 'partners.stats.held.at_end',
  children_at_end: 'partners.stats.held.children_at_end',
  women_at_end: 'partners.stats.held.women_at_end',
};

const MOVEMENT_KEYS: Readonly<Record<FlowKind | 'caseload', TranslationKey>> = {
  caseload: 'partners.stats.movements.caseload',
  admissions: 'partners.stats.movements.admissions',
  transfersIn: 'partners.stats.movements.transfersIn',
  releases: 'partners.stats.movements.releases',
  transfersOut: 'partners.stats.movements.transfersOut',
  deaths: 'partners.stats.movements.deaths',
  escapes: 'partners.stats.movements.escapes',
};

const STAY_KEYS: Readonly<Record<StayBand | 'ended', TranslationKey>> = {
  ended: 'partners.stats.stays.ended',
  underDay: 'partners.stats.stays.underDay',
  underWeek: 'partners.stats.stays.underWeek',
  underMonth: 'partners.stats.stays.underMonth',
  underQuarter: 'partners.stats.stays.underQuarter',
  underYear: 'partners.stats.stays.underYear',
  overYear: 'partners.stats.stays.overYear',
};

const MEASURE_KEYS: Readonly<Record<StatMeasure, TranslationKey>> = {
  count: 'partners.stats.measure.count',
  median_days: 'partners.stats.measure.median_days',
  assessed: 'partners.stats.measure.assessed',
  met: 'partners.stats.measure.met',
  overdue: 'partners.stats.measure.overdue',
  unknown: 'partners.stats.measure.unknown',
  met_percent: 'partners.stats.measure.met_percent',
};

export type StatLabels = {
  section: (section: StatSection) => string;
  /** What a line counts (a category, a movement, a rule). */
  item: (line: Pick<StatLine, 'section' | 'item'>) => string;
  measure: (measure: StatMeasure) => string;
  /** The item and, where it is not a plain count, what is measured: the CSV file's label. */
  full: (line: StatLine) => string;
  /** A value as shown: digits in the reader's numbering, "< 5", or "suppressed". */
  value: (shown: Shown, threshold: number) => string;
};

/** Labels of the shared statistics in the reader's language. Items are fixed keys, looked up in typed maps. */
export function useStatLabels(): StatLabels {
  const { t } = useTranslation();
  const format = useFormat();
  const custody = useCustodyLabels();
  const item = ({ section, item: key }: Pick<StatLine, 'section' | 'item'>): string => {
    if (section === 'category') return key === 'unknown' ? t('partners.stats.categoryUnknown') : custody.legalCategory(key as Exclude<CategoryKey, 'unknown'>);
    if (section === 'safeguards') return custody.safeguardRule(key as SafeguardRuleId);
    const keys: Readonly<Record<string, TranslationKey>> = section === 'held' ? HELD_KEYS : section === 'movements' ? MOVEMENT_KEYS : STAY_KEYS;
    const translationKey = keys[key];
    return translationKey === undefined ? key : t(translationKey);
  };
  const measure = (value: StatMeasure) => t(MEASURE_KEYS[value]);
  return {
    section: (section) => t(SECTION_KEYS[section]),
    item,
    measure,
    full: (line) => (line.measure === 'count' ? item(line) : `${item(line)}: ${measure(line.measure)}`),
    value: (shown, threshold) => {
      switch (shown.kind) {
        case 'count':
          return format.number(shown.value);
        case 'days':
          return format.number(shown.value, { maximumFractionDigits: 1 });
        case 'percent':
          return format.number(shown.value / 100, { style: 'percent', maximumFractionDigits: 1 });
        case 'suppressed':
          return shown.reason === 'small' ? t('partners.stats.small', { threshold: format.number(threshold) }) : t('partners.stats.suppressed');
      }
    },
  };
}
