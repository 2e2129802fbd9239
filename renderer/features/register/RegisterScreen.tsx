import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { Page } from '../../ui/Page';
import { useCan } from '../../vault/useCan';
import { ADMISSION_PATH } from '../admission';
import { ColumnChooser } from './ColumnChooser';
import { useCategoryRank, useRegisterColumns } from './queries';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';
import { RegisterTabs } from './RegisterTabs';
import { SearchBox } from './SearchBox';
import { SeriesAuditNotices } from './SeriesAuditNotice';
import type { RegisterColumnId } from './columns';
import type { RegisterView } from './useRegisterView';
import { useRegisterView } from './useRegisterView';

/** How many entries show, or what the list is still preparing; announced politely as it changes. */
function RegisterCount({ view }: { view: RegisterView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { pending, rows, records, isStale } = view;
  const text =
    pending === null
      ? t('register.count', { count: rows.count, shown: format.number(rows.count), total: format.number(records.length) })
      : pending.kind === 'search'
        ? t('register.pending.search', { done: format.number(pending.done), total: format.number(pending.total) })
        : t('register.pending.safeguards', { done: format.number(pending.done), total: format.number(pending.total) });
  return (
    <p className="register-count" role="status" aria-busy={isStale || pending !== null}>
      {text}
    </p>
  );
}

function EmptyList({ view }: { view: RegisterView }) {
  const { t } = useTranslation();
  if (view.pending !== null) return null;
  return <p className="register-empty">{view.records.length === 0 ? t('register.emptyRegister') : t('register.empty')}</p>;
}

/** The entries, once the columns to show are known. */
function RegisterList({ view, columns }: { view: RegisterView; columns: readonly RegisterColumnId[] | undefined }) {
  if (view.rows.count === 0) return <EmptyList view={view} />;
  return columns === undefined ? null : <RegisterTable records={view.records} rows={view.rows} columns={columns} />;
}

/** The register: every entry held, searchable in any script, filtered, sorted, and opened by a click or Enter. */
export function RegisterScreen() {
  const { t } = useTranslation();
  const canAdmit = useCan('register.write');
  const columns = useRegisterColumns();
  const view = useRegisterView(useCategoryRank());
  return (
    <Page title={t('register.title')} documentTitle={t('frame.documentTitle', { page: t('register.title') })} intro={t('register.intro')}>
      <RegisterTabs current="list" />
      <SeriesAuditNotices />
      <div className="register-toolbar">
        <SearchBox />
        {canAdmit ? (
          <Link to={ADMISSION_PATH} className="button button-primary register-admit">
            {t('register.admit')}
          </Link>
        ) : null}
      </div>
      <RegisterFilters />
      <div className="register-summary">
        <RegisterCount view={view} />
        {columns === undefined ? null : <ColumnChooser columns={columns} />}
      </div>
      <RegisterList view={view} columns={columns} />
    </Page>
  );
}
