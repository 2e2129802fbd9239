import { useTranslation } from 'react-i18next';
import type { UserRecord } from '../../ledger';
import { Button } from '../../ui/Button';
import type { UserAction } from './userActions';

type UserActionButtonsProps = { user: UserRecord; onAction: (action: UserAction) => void };

/** What can be done to one user; each button names the user for screen readers. */
export function UserActionButtons({ user, onAction }: UserActionButtonsProps) {
  const { t } = useTranslation();
  if (!user.isActive) return null;
  return (
    <div className="table-actions">
      <Button aria-label={t('users.actions.roleFor', { name: user.name })} onClick={() => { onAction({ kind: 'role', user }); }}>
        {t('users.actions.role')}
      </Button>
      <Button aria-label={t('users.actions.passphraseFor', { name: user.name })} onClick={() => { onAction({ kind: 'passphrase', user }); }}>
        {t('users.actions.passphrase')}
      </Button>
      <Button variant="danger" aria-label={t('users.actions.removeFor', { name: user.name })} onClick={() => { onAction({ kind: 'remove', user }); }}>
        {t('users.actions.remove')}
      </Button>
    </div>
  );
}
