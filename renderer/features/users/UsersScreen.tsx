import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { useSession } from '../../vault/useSession';
import { AddUserForm } from './AddUserForm';
import { useUsers } from './queries';
import type { UserAction } from './userActions';
import { UserDialog } from './UserDialog';
import { UsersTable } from './UsersTable';

/** Who may use this computer, and with which role (administrators only). */
export function UsersScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const users = useUsers();
  const [action, setAction] = useState<UserAction | null>(null);
  return (
    <Page title={t('users.title')} documentTitle={t('frame.documentTitle', { page: t('users.title') })} intro={t('users.intro')}>
      <Section title={t('users.list.title')}>
        <UsersTable users={users} currentUserId={session.user.id} onAction={setAction} />
      </Section>
      <Section title={t('users.add.title')} hint={t('users.add.hint')}>
        <AddUserForm />
      </Section>
      <UserDialog action={action} users={users} onClose={() => { setAction(null); }} />
    </Page>
  );
}
