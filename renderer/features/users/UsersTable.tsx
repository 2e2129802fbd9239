import { useTranslation } from 'react-i18next';
import type { UserRecord } from '../../ledger';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { ROLE_LABEL_KEYS } from '../../vault/roleLabels';
import { UserActionButtons } from './UserActionButtons';
import type { UserAction } from './userActions';

type UsersTableProps = { users: readonly UserRecord[]; currentUserId: string; onAction: (action: UserAction) => void };

/** Every user ever added: removed ones stay listed, since the history still names them. */
export function UsersTable({ users, currentUserId, onAction }: UsersTableProps) {
  const { t } = useTranslation();
  const columns: TableColumn<UserRecord>[] = [
    {
      id: 'name',
      header: t('users.columns.name'),
      isRowHeader: true,
      cell: (user) => (
        <>
          <bdi>{user.name}</bdi>
          {user.userId === currentUserId ? <span className="badge">{t('users.you')}</span> : null}
        </>
      ),
    },
    { id: 'role', header: t('users.columns.role'), cell: (user) => t(ROLE_LABEL_KEYS[user.role]) },
    { id: 'status', header: t('users.columns.status'), cell: (user) => (user.isActive ? t('users.status.active') : t('users.status.removed')) },
    { id: 'actions', header: t('users.columns.actions'), cell: (user) => <UserActionButtons user={user} onAction={onAction} /> },
  ];
  return <Table caption={t('users.list.caption')} columns={columns} rows={users} rowKey={(user) => user.userId} emptyMessage={t('users.list.empty')} />;
}
