/**
 * Storage altered outside the app (security.md T3): after a stored event is changed with the
 * raw IndexedDB API and the snapshots are deleted, unlocking still opens the register and a
 * banner names the ledger and the first event that can no longer be trusted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserInEnglish, keepRecoveryCode, loadApp, setUpInEnglish, SLOW_STEP_MS, unlockInEnglish } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';
import { alterStoredEvent } from './rawStorage';

describe('an altered stored event', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    await loadApp(session.page);
  });

  afterAll(async () => {
    await session.close();
  });

  it('is named in a banner after the next unlock, without losing the rest', async () => {
    const { page } = session;
    await setUpInEnglish(page);
    await keepRecoveryCode(page);
    // Alter an event the administrator's own access does not depend on: the newest one.
    await addUserInEnglish(page, 'Karim Mansour', 'green field quiet morning');
    const altered = await alterStoredEvent(page);
    await loadApp(page);
    await unlockInEnglish(page);
    const banner = page.getByRole('alert').filter({ hasText: 'Storage altered outside the app' });
    await banner.waitFor();
    const text = await banner.textContent();
    expect(text).toContain(`from event ${altered.seq} on`);
    expect(text).toContain(altered.ledger.slice(0, 4));
    expect(await page.getByRole('heading', { level: 1, name: 'Overview' }).isVisible()).toBe(true);
  }, 3 * SLOW_STEP_MS);
});
