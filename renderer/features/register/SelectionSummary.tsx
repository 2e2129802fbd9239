import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../i18n/translationKey';
import { useFormat } from '../../i18n/useFormat';
import { useCustodyLabels } from '../custody';
import { startOfDayMs } from './dayBounds';
import type { SafeguardFilter } from './registerFilter';
import { useRegisterStore } from './registerStore';

const SAFEGUARD_FILTER_KEYS: Readonly<Record<Exclude<SafeguardFilter, ''>, TranslationKey>> = {
  needs_action: 'register.filters.needsAction',
  overdue: 'register.filters.overdue',
  unknown: 'register.filters.unknown',
  due: 'register.filters.due',
  met: 'register.filters.met',
};

/** The list's search and filters in words, as the extract prints them: a reader must know what was left out. */
export function SelectionSummary() {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const format = useFormat();
  const query = useRegisterStore((state) => state.query);
  const filter = useRegisterStore((state) => state.filter);
  const day = (date: string) => {
    const startMs = startOfDayMs(date, format.timeZone);
    return startMs === undefined ? date : format.date(new Date(startMs));
  };
  const parts: string[] = [];
  if (query.trim() !== '') parts.push(t('register.selection.search', { query: query.trim() }));
  if (filter.status === 'held') parts.push(t('register.filters.held'));
  else if (filter.status !== '') parts.push(labels.status(filter.status));
  if (filter.legalCategory !== '') parts.push(labels.legalCategory(filter.legalCategory));
  if (filter.safeguard !== '') parts.push(t(SAFEGUARD_FILTER_KEYS[filter.safeguard]));
  if (filter.admittedFrom !== '') parts.push(t('register.selection.from', { date: day(filter.admittedFrom) }));
  if (filter.admittedTo !== '') parts.push(t('register.selection.to', { date: day(filter.admittedTo) }));
  parts.push(filter.showVoided ? t('register.selection.withVoided') : t('register.selection.withoutVoided'));
  return <bdi>{parts.join(' · ')}</bdi>;
}
