import { useTranslation } from 'react-i18next';
import { LEGAL_CATEGORIES } from '@shared/custody/events/common';
import type { LegalCategory } from '@shared/custody/events/common';
import { CUSTODY_STATUSES } from '@shared/custody/projection/types';
import type { SelectOption } from '../../ui/SelectField';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useFormat } from '../../i18n/useFormat';
import { useCustodyLabels } from '../custody';
import type { SafeguardFilter, StatusFilter } from './registerFilter';
import { isFiltering } from './registerFilter';
import { useRegisterStore } from './registerStore';

function useSafeguardOptions(): SelectOption<SafeguardFilter>[] {
  const { t } = useTranslation();
  return [
    { value: '', label: t('register.filters.anySafeguard') },
    { value: 'needs_action', label: t('register.filters.needsAction') },
    { value: 'overdue', label: t('register.filters.overdue') },
    { value: 'unknown', label: t('register.filters.unknown') },
    { value: 'due', label: t('register.filters.due') },
    { value: 'met', label: t('register.filters.met') },
  ];
}

/** Narrowing the register by status, legal category, safeguards and admission dates. Every change applies at once. */
export function RegisterFilters() {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const format = useFormat();
  const filter = useRegisterStore((state) => state.filter);
  const setFilter = useRegisterStore((state) => state.setFilter);
  const clearFilter = useRegisterStore((state) => state.clearFilter);
  const statuses: SelectOption<StatusFilter>[] = [
    { value: '', label: t('register.filters.anyStatus') },
    { value: 'held', label: t('register.filters.held') },
    ...CUSTODY_STATUSES.map((status) => ({ value: status, label: labels.status(status) })),
  ];
  const categories: SelectOption<LegalCategory | ''>[] = [
    { value: '', label: t('register.filters.anyCategory') },
    ...LEGAL_CATEGORIES.map((category) => ({ value: category, label: labels.legalCategory(category) })),
  ];
  const isBackwards = filter.admittedFrom !== '' && filter.admittedTo !== '' && filter.admittedTo < filter.admittedFrom;
  return (
    <form className="register-filters no-print" aria-label={t('register.filters.label')} onSubmit={(event) => { event.preventDefault(); }}>
      <SelectField label={t('register.filters.status')} options={statuses} value={filter.status} onValueChange={(status) => { setFilter({ status }); }} />
      <SelectField label={t('register.filters.category')} options={categories} value={filter.legalCategory} onValueChange={(legalCategory) => { setFilter({ legalCategory }); }} />
      <SelectField label={t('register.filters.safeguard')} options={useSafeguardOptions()} value={filter.safeguard} onValueChange={(safeguard) => { setFilter({ safeguard }); }} />
      <TextField label={t('register.filters.from')} type="date" value={filter.admittedFrom} onValueChange={(admittedFrom) => { setFilter({ admittedFrom }); }} />
      <TextField label={t('register.filters.to')} error={isBackwards ? t('register.filters.toBeforeFrom') : undefined} type="date" value={filter.admittedTo} onValueChange={(admittedTo) => { setFilter({ admittedTo }); }} />
      <div className="register-filters-end">
        <Checkbox label={t('register.filters.showVoided')} checked={filter.showVoided} onCheckedChange={(showVoided) => { setFilter({ showVoided }); }} />
        <Button onClick={clearFilter} disabled={!isFiltering(filter)}>{t('register.filters.clear')}</Button>
        <p className="register-filters-note">{t('register.filters.datesHint', { zone: format.timeZone })}</p>
      </div>
    </form>
  );
}
