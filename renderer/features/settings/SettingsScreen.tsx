import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { AboutSection } from './AboutSection';
import { FormatPreview } from './FormatPreview';
import { LanguageSetting } from './LanguageSetting';
import { NumberingSetting } from './NumberingSetting';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <Page title={t('settings.title')} documentTitle={t('frame.documentTitle', { page: t('settings.title') })} intro={t('settings.intro')}>
      <Section title={t('settings.display.title')}>
        <LanguageSetting />
        <NumberingSetting />
      </Section>
      <FormatPreview />
      <AboutSection />
    </Page>
  );
}
