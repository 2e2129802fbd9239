import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { DataRouter } from 'react-router';
import { RouterProvider } from 'react-router';
import { DbContext } from './db/dbContext';
import type { HabeasDb } from './db/habeasDb';
import { PreferencesProvider } from './features/settings';
import type { Preferences } from './features/settings';

type AppProps = {
  db: HabeasDb;
  i18n: i18n;
  router: DataRouter;
  initialPreferences: Preferences;
};

/** The providers every screen relies on, outermost first; tests render it with their own router. */
export function App({ db, i18n, router, initialPreferences }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <DbContext value={db}>
        <PreferencesProvider initial={initialPreferences}>
          <RouterProvider router={router} />
        </PreferencesProvider>
      </DbContext>
    </I18nextProvider>
  );
}
