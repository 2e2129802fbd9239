import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Page } from '../../ui/Page';
import { RecoveryCodeSheet } from './RecoveryCodeSheet';
import { useKeepRecoveryCode } from './useKeepRecoveryCode';

type RecoveryCodeScreenProps = { code: string; facilityName: string };

/**
 * The recovery code, shown once at the end of setup (or again if setup was interrupted
 * before it was confirmed). The app opens only once the person says it is kept.
 */
export function RecoveryCodeScreen({ code, facilityName }: RecoveryCodeScreenProps) {
  const { t } = useTranslation();
  const keep = useKeepRecoveryCode();
  const title = t('setup.recoveryCode.title');
  return (
    <Page title={title} documentTitle={t('frame.documentTitle', { page: title })} intro={t('setup.recoveryCode.intro')}>
      <RecoveryCodeSheet code={code} facilityName={facilityName} />
      <div className="button-row no-print">
        <Button onClick={() => void keep.print()}>{t('setup.recoveryCode.print')}</Button>
      </div>
      <div className="no-print recovery-confirm">
        <Checkbox
          label={t('setup.recoveryCode.confirmLabel')}
          error={keep.isErrorShown && !keep.isKept ? t('setup.recoveryCode.confirmRequired') : undefined}
          checked={keep.isKept}
          onCheckedChange={keep.setIsKept}
        />
        <Button variant="primary" isBusy={keep.isBusy} busyLabel={t('setup.recoveryCode.continuing')} onClick={keep.confirm}>
          {t('setup.recoveryCode.continue')}
        </Button>
      </div>
    </Page>
  );
}
