import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { SETTINGS_PATH } from '../settings';
import { HOME_PANELS } from './homePanels';

/** The overview a registrar lands on: today's date as the app will record it, and where the data lives. */
export function HomeScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const today = new Date();
  return (
    <Page title={t('home.title')} documentTitle={t('frame.documentTitle', { page: t('home.title') })} intro={t('home.intro')}>
      <Section title={t('home.todayTitle')}>
        <dl className="summary-list">
          <dt>{t('home.dateLabel')}</dt>
          <dd>{format.date(today)}</dd>
          <dt>{t('home.timeZoneLabel')}</dt>
          <dd>
            <bdi>{format.timeZone}</bdi>
          </dd>
        </dl>
      </Section>
      {HOME_PANELS.map(({ id, Panel }) => (
        <Panel key={id} />
      ))}
      <Section title={t('home.offlineTitle')}>
        <p>{t('home.offlineBody')}</p>
        <p>
          <Link to={SETTINGS_PATH}>{t('home.settingsLink')}</Link>
        </p>
      </Section>
    </Page>
  );
}
