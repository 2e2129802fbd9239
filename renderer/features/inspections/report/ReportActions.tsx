import { useTranslation } from 'react-i18next';
import type { ActionView } from '@shared/inspection/actionViews';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { ActionStatusBadge } from '../actions/ActionStatusBadge';
import { useActionSource } from '../actions/useActionSource';
import { useDueDate } from '../actions/useDueDate';
import { PRIORITY_KEYS } from '../labels';

/** The actions opened from this inspection as they stand on the day the report is printed. */
export function ReportActions({ actions }: { actions: readonly ActionView[] }) {
  const { t } = useTranslation();
  const sourceOf = useActionSource();
  const dueDate = useDueDate();
  const columns: TableColumn<ActionView>[] = [
    { id: 'what', header: t('inspections.actions.what'), isRowHeader: true, cell: (action) => <span className="preserve-lines">{action.what}</span> },
    { id: 'source', header: t('inspections.actions.source'), cell: sourceOf },
    { id: 'owner', header: t('inspections.actions.owner'), cell: (action) => <bdi>{action.owner}</bdi> },
    { id: 'due', header: t('inspections.actions.dueDate'), cell: (action) => dueDate(action.dueDate) },
    { id: 'priority', header: t('inspections.actions.priority'), cell: (action) => t(PRIORITY_KEYS[action.priority]) },
    { id: 'status', header: t('inspections.actions.statusLabel'), cell: (action) => <ActionStatusBadge action={action} /> },
    { id: 'verification', header: t('inspections.actions.verification'), cell: (action) => action.closure?.verificationNote ?? '' },
  ];
  return <Table caption={t('inspections.actions.ofInspection')} columns={columns} rows={actions} rowKey={(action) => action.id} emptyMessage={t('inspections.actions.none')} />;
}
