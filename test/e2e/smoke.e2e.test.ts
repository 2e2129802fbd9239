import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepRecoveryCode, loadApp, openScreen, setUpInEnglish, SLOW_STEP_MS, unlockInEnglish } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';

describe('the renderer in Chromium', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    await loadApp(session.page);
    await setUpInEnglish(session.page);
    await keepRecoveryCode(session.page);
  }, SLOW_STEP_MS * 2);

  afterAll(async () => {
    await session.close();
  });

  it('opens on the overview in English with the frame around it', async () => {
    const { page } = session;
    await openScreen(page, '', 'Overview');
    expect(await page.title()).toBe('Overview – Habeas');
    expect(await page.getByRole('banner').getByText('Habeas', { exact: true }).isVisible()).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link').allTextContents()).toContain('Settings');
    expect(await nav.getByRole('link', { name: 'Overview' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('link', { name: 'Language: English' }).isVisible()).toBe(true);
  });

  it('gives the page no Node.js globals', async () => {
    const globals = await session.page.evaluate(() => ({
      require: typeof (window as unknown as Record<string, unknown>).require,
      process: typeof (window as unknown as Record<string, unknown>).process,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
  });

  it('moves focus to the new heading after navigating, and shows the browser platform in About', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    // The link clicked also reads "Settings": the focused element must be the heading itself, focused in an effect.
    await expect.poll(() => page.evaluate(() => `${document.activeElement?.tagName ?? ''} ${document.activeElement?.textContent ?? ''}`)).toBe('H1 Settings');
    // The platform answers asynchronously, after the screen opens.
    await expect.poll(() => page.getByRole('definition').filter({ hasText: 'Web browser' }).isVisible()).toBe(true);
  });

  it('lets a keyboard user skip to the main content', { timeout: SLOW_STEP_MS }, async () => {
    const { page } = session;
    // A reload (which locks) puts focus back at the start of the page.
    await openScreen(page, '', 'Overview');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Habeas is locked' }).waitFor();
    await unlockInEnglish(page);
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    // Under the hash router a plain `#main-content` link would have navigated away.
    expect(await page.evaluate(() => location.hash)).not.toContain('main-content');
    expect(await page.getByRole('heading', { level: 1, name: 'Overview' }).isVisible()).toBe(true);
  });

  it('shows a translated not-found screen for an unknown address', async () => {
    await openScreen(session.page, '#/no-such-screen', 'Page not found');
  });

  it('reported no console errors, page errors or CSP violations', () => {
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
