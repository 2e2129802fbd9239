import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '@shared/ledger/coreEventTypes';
import type { UserRecord } from '../../ledger';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { useSession } from '../../vault/useSession';
import { changeRole } from './commands';
import { roleOptions } from './roleOptions';
import { ROLE_CHANGE_MESSAGES } from './ruleMessages';
import { useDialogCommand } from '../../stores/useDialogCommand';
import { roleChangeProblem } from './userRules';

type ChangeRoleDialogProps = { user: UserRecord; users: readonly UserRecord[]; onClose: () => void };

/** A new role for a user; it applies at once, even to a user who is signed in. */
export function ChangeRoleDialog({ user, users, onClose }: ChangeRoleDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const command = useDialogCommand(onClose, 'users.failed');
  const [role, setRole] = useState<UserRole>(user.role);
  const problem = roleChangeProblem(users, user, role);
  const footer = (
    <>
      <Button onClick={onClose}>{t('dialog.cancel')}</Button>
      <Button
        variant="primary"
        isBusy={command.isBusy}
        aria-disabled={problem !== null ? true : undefined}
        onClick={() => {
          if (problem === null) void command.run(() => changeRole(session, users, user, role), 'users.roleChanged');
        }}
      >
        {t('users.role.confirm')}
      </Button>
    </>
  );
  return (
    <Dialog isOpen title={t('users.role.title', { name: user.name })} closeLabel={t('dialog.close')} onClose={onClose} footer={footer}>
      <SelectField<UserRole> label={t('users.add.role')} hint={t('users.add.roleHint')} options={roleOptions(t)} value={role} onValueChange={setRole} />
      {problem !== null && problem !== 'same-role' ? <Banner tone="warning" title={t(ROLE_CHANGE_MESSAGES[problem])} /> : null}
    </Dialog>
  );
}
