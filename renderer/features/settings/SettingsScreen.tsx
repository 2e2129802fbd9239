import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { useCan } from '../../vault/useCan';
import { AboutSection } from './AboutSection';
import { AutoLockSetting } from './AutoLockSetting';
import { FormatPreview } from './FormatPreview';
import { LanguageSetting } from './LanguageSetting';
import { NumberingSetting } from './NumberingSetting';
import { VerifyRebuildSection } from './VerifyRebuildSection';

export function SettingsScreen() {
  const { t } = useTranslation();
  const canVerify = useCan('ledger.verify');
  return (
    <Page title={t('settings.title')} documentTitle={t('frame.documentTitle', { page: t('settings.title') })} intro={t('settings.intro')}>
      <Section title={t('settings.display.title')}>
        <LanguageSetting />
        <NumberingSetting />
      </Section>
      <FormatPreview />
      <Section title={t('settings.autoLock.title')}>
        <AutoLockSetting />
      </Section>
      {canVerify ? <VerifyRebuildSection /> : null}
      <AboutSection />
    </Page>
  );
}
