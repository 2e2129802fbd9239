/**
 * Population and statistics in Chromium: an empty register, then three people admitted
 * through the admission form into a facility declared for two, counted by category, by
 * day and against capacity; a backwards period refused; the screen in Arabic. Every step
 * is checked with axe, and no console error or CSP violation may occur (charts included).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, ENGLISH_SETUP, keepRecoveryCode, loadApp, openScreen, seriousAxeFindings, setUpInEnglish, SLOW_STEP_MS } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';

const TITLE = 'Population and statistics';

/** An urgent admission through the form: a family name, a legal category if known, everything else left as gaps. */
async function admit(page: Page, familyName: string, category?: string): Promise<void> {
  await openScreen(page, '#/register/admit', 'Admit a person');
  await page.getByRole('textbox', { name: 'Family name (original script)', exact: true }).fill(familyName);
  const sections = page.getByRole('navigation', { name: 'Sections of the admission' });
  if (category !== undefined) {
    await sections.getByRole('button', { name: /^Legal category and regime/ }).click();
    await page.getByRole('combobox', { name: 'Legal category', exact: true }).selectOption({ label: category });
  }
  await sections.getByRole('button', { name: /^Review and admit/ }).click();
  await page.getByRole('button', { name: 'Admit and assign the register number' }).click();
  const admitted = page.getByRole('dialog', { name: 'Person admitted' });
  await admitted.waitFor({ timeout: SLOW_STEP_MS });
  await admitted.getByRole('button', { name: 'Close' }).click();
}

/** The number under a headline figure's label. */
async function figure(page: Page, label: string): Promise<string> {
  return (await page.locator('.population-figure-item').filter({ has: page.getByText(label, { exact: true }) }).locator('.population-figure-value').textContent()) ?? '';
}

function rowOf(page: Page, table: string, header: string) {
  return page.getByRole('table', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });
}

describe('population and statistics in Chromium', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    await loadApp(session.page);
    await setUpInEnglish(session.page, { ...ENGLISH_SETUP, capacity: '2' });
    await keepRecoveryCode(session.page);
  }, SLOW_STEP_MS * 3);

  afterAll(async () => {
    await session.close();
  });

  it('shows an empty register as zeros against its capacity', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Population' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await figure(page, 'People held')).toBe('0');
    expect(await page.getByText('0 held for an official capacity of 2: 0%').count()).toBe(1);
    expect(await page.getByRole('table', { name: 'People held now, by legal category, in figures' }).getByText('Nobody is held now.').count()).toBe(1);
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('counts people admitted through the form, by category, by day and against capacity', async () => {
    const { page } = session;
    await admit(page, 'الحسن');
    await admit(page, 'Benali', 'Criminal suspect on remand');
    await admit(page, 'Traoré', 'Criminal suspect on remand');
    await openScreen(page, '#/population', TITLE);
    expect(await figure(page, 'People held')).toBe('3');
    expect(await figure(page, 'Entries in the register')).toBe('3');
    expect(await page.getByText('3 held for an official capacity of 2: 150%').count()).toBe(1);
    expect(await page.getByRole('alert').textContent()).toContain('The facility holds 1 person more than its official capacity.');
    const categories = 'People held now, by legal category, in figures';
    expect(await rowOf(page, categories, 'Criminal suspect on remand').getByRole('cell').allTextContents()).toEqual(['2', '66.7%']);
    expect(await rowOf(page, categories, 'Category not recorded').getByRole('cell').allTextContents()).toEqual(['1', '33.3%']);
    const today = page.getByRole('table', { name: 'Movements and people held per day, in figures' }).getByRole('row').nth(1);
    expect(await today.getByRole('cell').allTextContents()).toEqual(['3', '0', '0', '0', '0', '0', '3']);
    // Charts are drawn once their containers are measured, after the figures.
    await expect.poll(() => page.locator('.chart-figure-drawing svg').count()).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: 'test/e2e/artifacts/population-en.png', fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  }, 60_000);

  it('refuses a period that ends before it starts, and keeps the last valid figures', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    const days = page.getByRole('table', { name: 'Movements and people held per day, in figures' }).getByRole('row');
    await expect.poll(() => days.count()).toBe(8);
    const from = page.getByLabel('From', { exact: true });
    await from.fill('2099-01-01');
    await expect.poll(() => from.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('The first day is after the last day. Choose a first day on or before the last day.').count()).toBe(1);
    expect(await days.count()).toBe(8);
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('reads in Arabic, right to left, with the same figures', async () => {
    const { page } = session;
    await openScreen(page, '#/settings', 'Settings');
    await chooseLanguage(page, 'العربية', 'الإعدادات');
    await openScreen(page, '#/population', 'عدد المحتجزين والإحصاءات');
    expect(await figure(page, 'عدد المحتجزين')).toBe('3');
    expect(await page.getByRole('alert').textContent()).toContain('تحتجز المنشأة شخصاً واحداً أكثر من طاقتها الاستيعابية الرسمية.');
    await page.screenshot({ path: 'test/e2e/artifacts/population-ar.png', fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
