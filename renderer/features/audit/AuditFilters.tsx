import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useAuditStore } from './auditStore';
import { eventTypeLabel } from './eventLabels';
import { useAuthors, useEventTypes } from './queries';

/** Narrowing the trail by who, what, when and about whom. Every change applies at once. */
export function AuditFilters() {
  const { t } = useTranslation();
  const filter = useAuditStore((state) => state.filter);
  const setFilter = useAuditStore((state) => state.setFilter);
  const clearFilter = useAuditStore((state) => state.clearFilter);
  const authors = [{ value: '', label: t('audit.filters.anyone') }, ...useAuthors().map((author) => ({ value: author.id, label: author.name }))];
  const types = [{ value: '', label: t('audit.filters.anyType') }, ...useEventTypes().map((type) => {
    const label = eventTypeLabel(type);
    return { value: type, label: label === undefined ? type : t(label) };
  })];
  return (
    <form className="audit-filters" aria-label={t('audit.filters.label')} onSubmit={(event) => { event.preventDefault(); }}>
      <SelectField label={t('audit.filters.author')} options={authors} value={filter.authorId} onValueChange={(authorId) => { setFilter({ authorId }); }} />
      <SelectField label={t('audit.filters.type')} options={types} value={filter.type} onValueChange={(type) => { setFilter({ type }); }} />
      <TextField label={t('audit.filters.from')} type="date" value={filter.fromDate} onValueChange={(fromDate) => { setFilter({ fromDate }); }} />
      <TextField label={t('audit.filters.to')} type="date" value={filter.toDate} onValueChange={(toDate) => { setFilter({ toDate }); }} />
      <TextField label={t('audit.filters.subject')} hint={t('audit.filters.subjectHint')} dir="ltr" spellCheck={false} value={filter.subject} onValueChange={(subject) => { setFilter({ subject }); }} />
      <div className="audit-filters-actions">
        <Button onClick={clearFilter}>{t('audit.filters.clear')}</Button>
      </div>
    </form>
  );
}
