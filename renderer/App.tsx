import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { DataRouter } from 'react-router';
import { VaultGate } from './app/VaultGate';
import { DbContext } from './db/dbContext';
import type { HabeasDb } from './db/habeasDb';
import { PreferencesProvider } from './features/settings';
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
};

/** The providers every screen relies on, outermost first; tests render it with their own router. */
export function App({ db, i18n, router, initialPreferences, initialVault, afterLock, onRetryWriterLock }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <DbContext value={db}>
        <PreferencesProvider initial={initialPreferences}>
          <VaultProvider db={db} initialPhase={initialVault} afterLock={afterLock}>
            <VaultGate router={router} onRetryWriterLock={onRetryWriterLock} />
          </VaultProvider>
        </PreferencesProvider>
      </DbContext>
    </I18nextProvider>
  );
}
