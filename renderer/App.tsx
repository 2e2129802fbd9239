import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { DataRouter } from 'react-router';
import { VaultGate } from './app/VaultGate';
import { DbContext } from './db/dbContext';
import type { HabeasDb } from './db/habeasDb';
import { PreferencesProvider } from './features/settings';
import { AppModeContext, TrainingBanner } from './features/training';
import type { AppModeValue } from './features/training';
import type { Preferences } from './features/settings';
import type { AfterLock, VaultPhase } from './vault/vaultPhase';
import { VaultProvider } from './vault/VaultProvider';

type AppProps = {
  db: HabeasDb;
  i18n: i18n;
  router: DataRouter;
  initialPreferences: Preferences;
  /** What main.tsx found in storage; tests pass an unlocked session. */
  initialVault: VaultPhase;
  /** Runs after a lock has dropped the keys; main.tsx reloads the page. */
  afterLock: AfterLock;
  /** Asks again for the writer lock another window held. */
  onRetryWriterLock: () => void;
  /** The real register or training mode; tests default to the real register. */
  appMode?: AppModeValue;
};

const REGISTER_MODE: AppModeValue = { mode: 'register', switchTo: () => undefined };

/** The providers every screen relies on, outermost first; tests render it with their own router. */
export function App({ db, i18n, router, initialPreferences, initialVault, afterLock, onRetryWriterLock, appMode = REGISTER_MODE }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <AppModeContext value={appMode}>
        <DbContext value={db}>
          <PreferencesProvider initial={initialPreferences}>
            <VaultProvider db={db} initialPhase={initialVault} afterLock={afterLock}>
              <TrainingBanner />
              <VaultGate router={router} onRetryWriterLock={onRetryWriterLock} />
            </VaultProvider>
          </PreferencesProvider>
        </DbContext>
      </AppModeContext>
    </I18nextProvider>
  );
}
