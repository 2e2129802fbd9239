import { useTranslation } from 'react-i18next';
import { PLATFORM_ERROR_MESSAGE_KEYS } from '../../platform';
import { Banner } from '../../ui/Banner';
import { Section } from '../../ui/Section';
import { AppInfoList } from './AppInfoList';
import { useAppInfo } from './useAppInfo';

export function AboutSection() {
  const { t } = useTranslation();
  const appInfo = useAppInfo();
  if (appInfo === undefined) {
    return (
      <Section title={t('settings.about.title')}>
        <p role="status">{t('settings.about.loading')}</p>
      </Section>
    );
  }
  return (
    <Section title={t('settings.about.title')}>
      {appInfo.ok ? (
        <AppInfoList info={appInfo.value} />
      ) : (
        <Banner tone="error" title={t('settings.about.unavailable')}>
          <p>{t(PLATFORM_ERROR_MESSAGE_KEYS[appInfo.error.code])}</p>
        </Banner>
      )}
    </Section>
  );
}
