/**
 * Training mode (issue P3 item 8): the same app on a separate database, so practice never
 * touches the real register. The choice lives in sessionStorage: it survives the reload
 * that every switch (and every lock) does, and it ends with the window, so the app always
 * starts again on the real register. Switching reloads rather than navigates because the
 * desktop app refuses every navigation.
 */
import { APP_DB_NAME } from '../../db/habeasDb';

export const APP_MODES = ['register', 'training'] as const;
export type AppMode = (typeof APP_MODES)[number];

const MODE_KEY = 'habeas.mode';
export const TRAINING_DB_NAME = `${APP_DB_NAME}-training`;

export function readAppMode(storage: Pick<Storage, 'getItem'>): AppMode {
  return storage.getItem(MODE_KEY) === 'training' ? 'training' : 'register';
}

export function databaseNameFor(mode: AppMode): string {
  return mode === 'training' ? TRAINING_DB_NAME : APP_DB_NAME;
}

/** Records the mode to start in and reloads; `release` gives up the writer lock first. */
export function switchAppMode(mode: AppMode, win: Pick<Window, 'sessionStorage' | 'location'>, release: () => void): void {
  if (mode === 'training') win.sessionStorage.setItem(MODE_KEY, 'training');
  else win.sessionStorage.removeItem(MODE_KEY);
  release();
  win.location.reload();
}
