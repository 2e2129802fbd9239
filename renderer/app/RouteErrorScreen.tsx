import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Page } from '../ui/Page';

/**
 * Shown when the frame itself fails, so there is no navigation to fall back on; replaces
 * React Router's untranslated default error page. Screens have their own ScreenBoundary.
 */
export function RouteErrorScreen() {
  const { t } = useTranslation();
  return (
    <main className="app-main">
      <Page title={t('routeError.title')} documentTitle={t('frame.documentTitle', { page: t('routeError.title') })}>
        <p>{t('routeError.body')}</p>
        <Button
          variant="primary"
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('routeError.reload')}
        </Button>
      </Page>
    </main>
  );
}
