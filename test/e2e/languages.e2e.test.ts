import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, documentLocale, ENGLISH_SETUP, keepRecoveryCode, loadApp, openScreen, setUpInEnglish, SLOW_STEP_MS } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

async function navAndMainBoxes(session: BrowserSession): Promise<{ navX: number; mainX: number; width: number }> {
  const { page } = session;
  const nav = await page.getByRole('navigation').boundingBox();
  const main = await page.getByRole('main').boundingBox();
  if (nav === null || main === null) throw new Error('navigation or main region is not visible');
  return { navX: nav.x, mainX: main.x, width: page.viewportSize()?.width ?? 0 };
}

describe('interface languages', () => {
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

  it('switches to Arabic: right-to-left, mirrored navigation, Arabic text', async () => {
    const { page } = session;
    await openScreen(page, '#/settings', 'Settings');
    await chooseLanguage(page, 'العربية', 'الإعدادات');
    await expect.poll(() => documentLocale(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.getByRole('navigation', { name: 'القائمة الرئيسية' }).isVisible()).toBe(true);
    const { navX, mainX, width } = await navAndMainBoxes(session);
    expect(navX).toBeGreaterThan(width / 2);
    expect(mainX).toBeLessThan(navX);
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: resolve(ARTIFACTS, 'settings-ar.png'), fullPage: true });
  });

  it('keeps Arabic after a reload, applied before the first paint, from the lock screen on', async () => {
    const { page } = session;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Habeas مقفل' }).waitFor();
    expect(await documentLocale(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.getByLabel('عبارة المرور', { exact: true }).fill(ENGLISH_SETUP.passphrase);
    await page.getByRole('button', { name: 'فتح القفل', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'الإعدادات' }).waitFor({ timeout: SLOW_STEP_MS });
    // The window title is set in an effect, after the heading is drawn.
    await expect.poll(() => page.title()).toBe('الإعدادات – Habeas');
  });

  it('writes numbers with Arabic-Indic digits when asked', async () => {
    const { page } = session;
    await page.getByRole('radio', { name: 'أرقام مشرقية (٠١٢٣٤٥٦٧٨٩)' }).check();
    const preview = page.getByRole('region', { name: 'معاينة' });
    await preview.getByText('١٬٢٣٤٬٥٦٧٫٨٩').waitFor();
    await page.getByRole('radio', { name: 'الأرقام المعتادة في اللغة' }).check();
    await preview.getByText('1,234,567.89').waitFor();
  });

  it('switches to French, left-to-right again', async () => {
    const { page } = session;
    await chooseLanguage(page, 'Français', 'Paramètres');
    await expect.poll(() => documentLocale(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    const { navX, mainX } = await navAndMainBoxes(session);
    expect(navX).toBeLessThan(mainX);
    await openScreen(page, '#/', 'Vue d’ensemble');
    expect(await page.getByRole('link', { name: 'Langue : Français' }).isVisible()).toBe(true);
  });

  it('reported no console errors, page errors or CSP violations', () => {
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
