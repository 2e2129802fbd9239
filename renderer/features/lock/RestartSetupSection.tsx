import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Section } from '../../ui/Section';
import { useVault } from '../../vault/useVault';

/**
 * For a setup interrupted before anything was recorded, when its passphrase is forgotten:
 * start over. The vault refuses once any event is stored, so no register is ever orphaned.
 */
export function RestartSetupSection() {
  const { t } = useTranslation();
  const { restartSetup } = useVault();
  const [isAsking, setIsAsking] = useState(false);
  const [isRefused, setIsRefused] = useState(false);
  const restart = async (): Promise<void> => {
    setIsAsking(false);
    const isRestarted = await restartSetup().catch(() => false);
    setIsRefused(!isRestarted);
  };
  return (
    <Section title={t('lock.restart.title')} hint={t('lock.restart.hint')}>
      {isRefused ? <Banner tone="warning" title={t('lock.restart.refused')} /> : null}
      <Button onClick={() => { setIsAsking(true); }}>{t('lock.restart.button')}</Button>
      <Dialog
        isOpen={isAsking}
        title={t('lock.restart.confirmTitle')}
        closeLabel={t('dialog.close')}
        onClose={() => { setIsAsking(false); }}
        footer={
          <>
            <Button onClick={() => { setIsAsking(false); }}>{t('dialog.cancel')}</Button>
            <Button variant="danger" onClick={() => void restart()}>
              {t('lock.restart.confirm')}
            </Button>
          </>
        }
      >
        <p>{t('lock.restart.confirmBody')}</p>
      </Dialog>
    </Section>
  );
}
