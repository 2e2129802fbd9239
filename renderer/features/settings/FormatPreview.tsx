import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { Section } from '../../ui/Section';

const SAMPLE_NUMBER = 1234567.89;

/** Shows the chosen language and digits on real values, so the choice can be judged before leaving. */
export function FormatPreview() {
  const { t } = useTranslation();
  const format = useFormat();
  const now = new Date();
  return (
    <Section title={t('settings.preview.title')} hint={t('settings.preview.hint')}>
      <dl className="summary-list">
        <dt>{t('settings.preview.date')}</dt>
        <dd>{format.date(now)}</dd>
        <dt>{t('settings.preview.dateTime')}</dt>
        <dd>{format.dateTime(now)}</dd>
        <dt>{t('settings.preview.number')}</dt>
        <dd>{format.number(SAMPLE_NUMBER)}</dd>
        <dt>{t('settings.preview.timeZone')}</dt>
        <dd>
          <bdi>{format.timeZone}</bdi>
        </dd>
      </dl>
    </Section>
  );
}
