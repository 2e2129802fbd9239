import { useTranslation } from 'react-i18next';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { ProgressBar } from '../../ui/ProgressBar';
import { RadioGroup } from '../../ui/RadioGroup';
import type { OpenedVault } from '../../vault/openVault';
import { ROLE_LABEL_KEYS } from '../../vault/roleLabels';
import { useVault } from '../../vault/useVault';
import { PassphraseFields } from './PassphraseFields';
import { useNewPassphraseForm } from './useNewPassphraseForm';

type NewPassphraseScreenProps = { opened: OpenedVault };

/** After the recovery code: the person says who they are and must choose a new passphrase before going on. */
export function NewPassphraseScreen({ opened }: NewPassphraseScreenProps) {
  const { t } = useTranslation();
  const { lock } = useVault();
  const form = useNewPassphraseForm(opened);
  const title = t('lock.newPassphrase.title');
  const options = form.candidates.map((user) => ({ value: user.id, label: t('lock.newPassphrase.userOption', { name: user.name, role: t(ROLE_LABEL_KEYS[user.role]) }) }));
  return (
    <Page title={title} documentTitle={t('frame.documentTitle', { page: title })} intro={t('lock.newPassphrase.intro')}>
      <form noValidate className="section lock-card" aria-label={title} onSubmit={(event) => { event.preventDefault(); form.submit(); }}>
        <RadioGroup legend={t('lock.newPassphrase.who')} error={form.errors.user ? t('lock.newPassphrase.whoRequired') : undefined} options={options} value={form.userId} onValueChange={form.setUserId} />
        <PassphraseFields label={t('lock.newPassphrase.passphrase')} values={form.secret} onChange={form.setSecret} errors={form.errors} context={[form.chosen?.name ?? '']} />
        {form.progress !== null ? <ProgressBar label={t('lock.newPassphrase.saving')} value={Math.round(form.progress * 100)} valueText={t('lock.checkingValue')} /> : null}
        {form.hasFailed ? <Banner tone="error" title={t('lock.newPassphrase.failed')} /> : null}
        <div className="button-row">
          <Button type="submit" variant="primary" isBusy={form.progress !== null} busyLabel={t('lock.newPassphrase.saving')}>
            {t('lock.newPassphrase.submit')}
          </Button>
          <Button onClick={() => void lock()}>{t('lock.newPassphrase.cancel')}</Button>
        </div>
      </form>
    </Page>
  );
}
