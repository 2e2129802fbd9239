import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppScreen } from './app';
import { chooseLanguage, keepRecoveryCode, loadApp, openScreen, seriousAxeFindings, setUpInEnglish, SLOW_STEP_MS, unlockInEnglish } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';

const SCREENS: Record<'en' | 'ar', AppScreen[]> = {
  en: [
    { hash: '#/', heading: 'Overview' },
    { hash: '#/audit', heading: 'Audit trail' },
    { hash: '#/users', heading: 'Users' },
    { hash: '#/settings', heading: 'Settings' },
  ],
  ar: [
    { hash: '#/', heading: 'نظرة عامة' },
    { hash: '#/audit', heading: 'سجل التدقيق' },
    { hash: '#/users', heading: 'المستخدمون' },
    { hash: '#/settings', heading: 'الإعدادات' },
  ],
};

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    await loadApp(session.page);
  });

  afterAll(async () => {
    await session.close();
  });

  it('the setup wizard, with its errors shown, has no serious or critical findings', async () => {
    const { page } = session;
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText("Enter the facility's name.").waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back' }).click();
  });

  it('the recovery code screen has no serious or critical findings', async () => {
    await setUpInEnglish(session.page);
    expect(await seriousAxeFindings(session.page)).toEqual([]);
    await keepRecoveryCode(session.page);
  }, SLOW_STEP_MS * 2);

  it.each(SCREENS.en)('English $hash has no serious or critical findings', async ({ hash, heading }) => {
    await openScreen(session.page, hash, heading);
    expect(await seriousAxeFindings(session.page)).toEqual([]);
  });

  it('the lock screen, with a wrong passphrase reported, has no serious or critical findings', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Habeas is locked' }).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill('not the right one at all');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByText('This passphrase did not open Habeas', { exact: false }).waitFor({ timeout: SLOW_STEP_MS });
    expect(await seriousAxeFindings(page)).toEqual([]);
    await unlockInEnglish(page);
  }, SLOW_STEP_MS * 2);

  it('Arabic can be chosen', async () => {
    await openScreen(session.page, '#/settings', 'Settings');
    await chooseLanguage(session.page, 'العربية', 'الإعدادات');
  });

  it.each(SCREENS.ar)('Arabic $hash has no serious or critical findings', async ({ hash, heading }) => {
    await openScreen(session.page, hash, heading);
    expect(await seriousAxeFindings(session.page)).toEqual([]);
  });

  it('reported no console errors, page errors or CSP violations', () => {
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
