import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionView } from '@shared/inspection/actionViews';
import { Button } from '../../../ui/Button';
import type { TableColumn } from '../../../ui/tableTypes';
import { useCan } from '../../../vault/useCan';
import { PRIORITY_KEYS } from '../labels';
import { viewHref } from '../viewParams';
import { ActionHistory } from './ActionHistory';
import { ActionStatusBadge } from './ActionStatusBadge';
import { useActionSource } from './useActionSource';
import { useDueDate } from './useDueDate';

export type ActionEdit = { kind: 'update' | 'close'; action: ActionView };

/** The columns of an action list; the follow-up buttons only for roles that may write and only while open. */
export function useActionColumns(showFacility: boolean, onEdit: (edit: ActionEdit) => void): TableColumn<ActionView>[] {
  const { t } = useTranslation();
  const canWrite = useCan('inspections.write');
  const sourceOf = useActionSource();
  const dueDate = useDueDate();
  const followUp = (action: ActionView) => (
    <div className="action-cell">
      {canWrite && action.status === 'open' ? (
        <span className="link-row">
          <Button onClick={() => { onEdit({ kind: 'update', action }); }}>{t('inspections.actions.update')}</Button>
          <Button variant="primary" onClick={() => { onEdit({ kind: 'close', action }); }}>{t('inspections.actions.close')}</Button>
        </span>
      ) : null}
      <ActionHistory action={action} />
    </div>
  );
  return [
    { id: 'what', header: t('inspections.actions.what'), isRowHeader: true, cell: (action) => <span className="preserve-lines">{action.what}</span> },
    { id: 'source', header: t('inspections.actions.source'), cell: (action) => <Link to={viewHref({ kind: 'inspection', id: action.source.inspectionId })}>{sourceOf(action)}</Link> },
    ...(showFacility ? [{ id: 'facility', header: t('inspections.fields.facility'), cell: (action: ActionView) => <bdi>{action.facility.name}</bdi> }] : []),
    { id: 'owner', header: t('inspections.actions.owner'), cell: (action) => <bdi>{action.owner}</bdi> },
    { id: 'due', header: t('inspections.actions.dueDate'), cell: (action) => dueDate(action.dueDate) },
    { id: 'priority', header: t('inspections.actions.priority'), cell: (action) => t(PRIORITY_KEYS[action.priority]) },
    { id: 'status', header: t('inspections.actions.statusLabel'), cell: (action) => <ActionStatusBadge action={action} /> },
    { id: 'do', header: t('inspections.actions.next'), cell: followUp },
  ];
}
