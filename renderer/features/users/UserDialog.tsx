import type { UserRecord } from '../../ledger';
import { ChangeRoleDialog } from './ChangeRoleDialog';
import { RemoveUserDialog } from './RemoveUserDialog';
import { ResetPassphraseDialog } from './ResetPassphraseDialog';
import type { UserAction } from './userActions';

type UserDialogProps = { action: UserAction | null; users: readonly UserRecord[]; onClose: () => void };

/** The dialog of the chosen action, if any. */
export function UserDialog({ action, users, onClose }: UserDialogProps) {
  if (action === null) return null;
  switch (action.kind) {
    case 'remove':
      return <RemoveUserDialog user={action.user} users={users} onClose={onClose} />;
    case 'role':
      return <ChangeRoleDialog user={action.user} users={users} onClose={onClose} />;
    case 'passphrase':
      return <ResetPassphraseDialog user={action.user} onClose={onClose} />;
  }
}
