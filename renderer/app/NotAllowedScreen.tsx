import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../ui/Page';

export function NotAllowedScreen() {
  const { t } = useTranslation();
  return (
    <Page title={t('notAllowed.title')} documentTitle={t('frame.documentTitle', { page: t('notAllowed.title') })}>
      <p>{t('notAllowed.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
