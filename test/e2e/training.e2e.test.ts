/**
 * Training mode end to end: opened from the first screen, marked on every screen, filled
 * with invented people on request, kept apart from the real register, and erased on leaving.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepRecoveryCode, loadApp, setUpInEnglish, SLOW_STEP_MS } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';

const BANNER = 'TRAINING MODE — invented people, not the real register';

function databaseNames(session: BrowserSession): Promise<string[]> {
  return session.page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
}

function vaultRowsIn(session: BrowserSession, name: string): Promise<number> {
  return session.page.evaluate(
    (dbName) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => { reject(open.error ?? new Error('open failed')); };
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('vault').objectStore('vault').count();
          count.onsuccess = () => { db.close(); resolve(count.result); };
        };
      }),
    name,
  );
}

describe('training mode', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    await loadApp(session.page);
  });

  afterAll(async () => {
    await session.close();
  });

  it('opens a separate, marked register and fills it with invented people', async () => {
    const { page } = session;
    expect(await page.getByText(BANNER).count()).toBe(0);
    await page.getByRole('button', { name: 'Open training mode' }).click();
    await page.getByText(BANNER).waitFor();
    await setUpInEnglish(page);
    await keepRecoveryCode(page);
    expect(await page.getByText(BANNER).isVisible()).toBe(true);
    await page.getByRole('button', { name: /^Fill the practice register with 120 invented people$/ }).click();
    const progress = page.getByRole('progressbar', { name: 'Writing the practice register' });
    await progress.waitFor();
    await progress.waitFor({ state: 'detached', timeout: 3 * SLOW_STEP_MS });
    expect(await page.getByRole('button', { name: /^Fill the practice register/ }).count()).toBe(0);
    expect(await page.getByRole('alert').filter({ hasText: 'could not be filled' }).count()).toBe(0);
    expect(await databaseNames(session)).toContain('habeas-training');
    expect(await vaultRowsIn(session, 'habeas')).toBe(0);
  }, 5 * SLOW_STEP_MS);

  it('erases the practice register on leaving and comes back to the real one, unmarked', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Leave training mode' }).click();
    await page.getByRole('button', { name: 'Open training mode' }).waitFor();
    expect(await page.getByText(BANNER).count()).toBe(0);
    expect(await databaseNames(session)).not.toContain('habeas-training');
  }, SLOW_STEP_MS);
});
