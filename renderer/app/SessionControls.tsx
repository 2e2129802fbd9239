import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { ROLE_LABEL_KEYS } from '../vault/roleLabels';
import { useCurrentUser } from '../vault/useCurrentUser';
import { useVault } from '../vault/useVault';

/**
 * Who is signed in, and the two ways out. Switching user locks first: the next person
 * unlocks with their own passphrase, which is how the lock screen knows who they are.
 */
export function SessionControls() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { lock } = useVault();
  const lockNow = (): void => {
    lock().catch(() => undefined);
  };
  return (
    <div className="session-controls">
      <p className="session-user">
        <span className="session-user-label">{t('session.signedIn')}</span>{' '}
        <bdi className="session-user-name">{user.name}</bdi>
        <span className="session-user-role">{t(ROLE_LABEL_KEYS[user.role])}</span>
      </p>
      <Button onClick={lockNow}>{t('session.switchUser')}</Button>
      <Button variant="primary" onClick={lockNow}>
        {t('session.lock')}
      </Button>
    </div>
  );
}
