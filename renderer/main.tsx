/**
 * Startup: open the database, read the stored language before anything is drawn (the page
 * stays blank rather than flashing English), take the writer lock and see what the vault
 * holds, then render. The database, i18n instance and router are created here once and
 * handed down; nothing else opens them.
 */
import './configureZod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter } from 'react-router';
import { App } from './App';
import { FEATURES } from './app/featureRegistry';
import { createAppRoutes } from './app/routes';
import { Dexie } from 'dexie';
import { openHabeasDb } from './db/habeasDb';
import { readPreferences } from './features/settings';
import type { Preferences } from './features/settings';
import { databaseNameFor, readAppMode, switchAppMode } from './features/training';
import type { AppMode } from './features/training';
import { createI18n } from './i18n/createI18n';
import { applyDocumentLanguage, detectLanguage } from './i18n/languages';
import { useUiStore } from './stores/uiStore';
import { initialVaultPhase } from './vault/vaultPhase';
import { readVaultStatus } from './vault/vaultStatus';
import { writerLockAtStartup } from './vault/writerLockAtStartup';
import './ui/styles.css';

async function start(): Promise<void> {
  const fallback: Preferences = { language: detectLanguage(navigator.languages), numbering: 'auto' };
  const mode = readAppMode(sessionStorage);
  const dbName = databaseNameFor(mode);
  const { db, isAvailable } = await openHabeasDb(dbName);
  const preferences = isAvailable ? await readPreferences(db, fallback).catch(() => fallback) : fallback;
  const writerLock = await writerLockAtStartup(dbName);
  const status = isAvailable ? await readVaultStatus(db).catch(() => null) : null;
  useUiStore.getState().setStorageAvailable(isAvailable);
  applyDocumentLanguage(document, preferences.language);
  // A reload after each lock leaves nothing decrypted in memory (security.md §6 item 20).
  const reload = (): 'reloading' => {
    if (writerLock.granted) writerLock.release();
    window.location.reload();
    return 'reloading';
  };
  const release = (): void => {
    if (writerLock.granted) writerLock.release();
  };
  // Leaving training erases the practice register, so the next practice starts afresh.
  const switchTo = (next: AppMode): void => {
    if (mode === 'training' && next === 'register') {
      db.close();
      void Dexie.delete(dbName).finally(() => { switchAppMode(next, window, release); });
    } else {
      switchAppMode(next, window, release);
    }
  };

  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App
        db={db}
        i18n={createI18n(preferences.language)}
        router={createHashRouter(createAppRoutes(FEATURES))}
        initialPreferences={preferences}
        initialVault={initialVaultPhase(isAvailable, writerLock, status)}
        afterLock={reload}
        onRetryWriterLock={reload}
        appMode={{ mode, switchTo }}
      />
    </StrictMode>,
  );
}

void start();
