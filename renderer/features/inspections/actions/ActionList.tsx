import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionView } from '@shared/inspection/actionViews';
import { Table } from '../../../ui/Table';
import { CloseActionDialog } from './CloseActionDialog';
import { UpdateActionDialog } from './UpdateActionDialog';
import type { ActionEdit } from './useActionColumns';
import { useActionColumns } from './useActionColumns';

type ActionListProps = { actions: readonly ActionView[]; caption: string; showFacility?: boolean };

/** Actions, most pressing first, each with its state in words and what can be done next. */
export function ActionList({ actions, caption, showFacility = false }: ActionListProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<ActionEdit | null>(null);
  const columns = useActionColumns(showFacility, setEditing);
  const close = () => {
    setEditing(null);
  };
  return (
    <>
      <Table caption={caption} columns={columns} rows={actions} rowKey={(action) => action.id} emptyMessage={t('inspections.actions.none')} />
      {editing?.kind === 'update' ? <UpdateActionDialog action={editing.action} onClose={close} /> : null}
      {editing?.kind === 'close' ? <CloseActionDialog action={editing.action} onClose={close} /> : null}
    </>
  );
}
