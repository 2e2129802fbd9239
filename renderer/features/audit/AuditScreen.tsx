import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { Page } from '../../ui/Page';
import { AuditFilters } from './AuditFilters';
import { AuditList } from './AuditList';
import { useAuditStore } from './auditStore';
import { useAuditView } from './queries';

/** Every event, newest first: who recorded what and when, and whether its chain link checks out. */
export function AuditScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const filter = useAuditStore((state) => state.filter);
  const setFilter = useAuditStore((state) => state.setFilter);
  const { state, view, isStale } = useAuditView(filter);
  return (
    <Page title={t('audit.title')} documentTitle={t('frame.documentTitle', { page: t('audit.title') })} intro={t('audit.intro')}>
      <AuditFilters />
      <p className="audit-count" role="status" aria-busy={isStale}>
        {t('audit.count', { count: view.count, shown: format.number(view.count), total: format.number(state.total) })}
      </p>
      <AuditList state={state} view={view} onSubject={(subject) => { setFilter({ subject }); }} />
    </Page>
  );
}
