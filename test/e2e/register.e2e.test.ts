/**
 * The register list in Chromium: three people admitted through the admission form, then
 * found by a Latin spelling of an Arabic-only name, sorted, filtered, their columns chosen
 * and remembered across a lock, opened from the keyboard; the needs-action view grouped by
 * rule with its sources; the printed extract with entry hashes and page numbers; Arabic.
 * Every screen is checked with axe, and no console error or CSP violation may occur.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, ENGLISH_SETUP, keepRecoveryCode, loadApp, openScreen, seriousAxeFindings, setUpInEnglish, SLOW_STEP_MS, unlockInEnglish } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';
import { fillAdmission, openAdmission, openAdmissionStep, submitAdmission } from './register';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const TITLE = 'Detainee register';

type Person = { given: string; family: string; category?: string };

/** An urgent admission through the form: names in the original script, a legal category if known, everything else left as gaps. */
async function admit(page: Page, person: Person): Promise<void> {
  await openAdmission(page);
  await fillAdmission(page, { givenNames: person.given, familyName: person.family });
  if (person.category !== undefined) {
    await openAdmissionStep(page, 'Legal category and regime');
    await page.getByRole('combobox', { name: 'Legal category', exact: true }).selectOption({ label: person.category });
  }
  await submitAdmission(page, 'en', 'stay');
}

/** The list's table, named in English or Arabic. */
function entries(page: Page) {
  return page.getByRole('table', { name: /^(Register entries|قيود السجل)\./ });
}

/** The register numbers of the rows shown, top to bottom. */
async function numbersShown(page: Page): Promise<string[]> {
  return entries(page).getByRole('rowheader').allTextContents();
}

async function countText(page: Page): Promise<string> {
  return (await page.locator('.register-count').textContent()) ?? '';
}

describe('the register list in Chromium', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    await loadApp(session.page);
    await setUpInEnglish(session.page);
    await keepRecoveryCode(session.page);
    await admit(session.page, { given: 'محمد', family: 'الحسن' });
    await admit(session.page, { given: 'Karim', family: 'Benali', category: 'Convicted prisoner' });
    await admit(session.page, { given: 'Awa', family: 'Traoré', category: 'Criminal suspect on remand' });
  }, SLOW_STEP_MS * 4);

  afterAll(async () => {
    await session.close();
  });

  it('lists every entry, newest first, and finds an Arabic-only name by a Latin spelling', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Register', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect.poll(() => numbersShown(page)).toEqual(['CRP-000003', 'CRP-000002', 'CRP-000001']);
    expect(await countText(page)).toBe('3 entries shown of 3.');
    expect(await page.getByRole('link', { name: 'Admit a person' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: resolve(ARTIFACTS, 'register-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByRole('searchbox', { name: 'Search by name, register number or document number' }).fill('Mohamed');
    await expect.poll(() => numbersShown(page)).toEqual(['CRP-000001']);
    expect(await entries(page).getByRole('row').nth(1).textContent()).toContain('محمد');
    await page.getByRole('searchbox', { name: 'Search by name, register number or document number' }).fill('crp-2');
    await expect.poll(() => numbersShown(page)).toEqual(['CRP-000002']);
    await page.getByRole('searchbox', { name: 'Search by name, register number or document number' }).fill('');
    await expect.poll(() => numbersShown(page)).toHaveLength(3);
  }, SLOW_STEP_MS);

  it('sorts by a column, saying so through aria-sort, and narrows by legal category', async () => {
    const { page } = session;
    const nameHeader = entries(page).getByRole('columnheader', { name: 'Name' });
    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    // Family names first, normalised: Benali, (al-)Hassan read as الحسن, Traoré; Latin letters sort before Arabic ones.
    await expect.poll(() => numbersShown(page)).toEqual(['CRP-000002', 'CRP-000003', 'CRP-000001']);
    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => numbersShown(page)).toEqual(['CRP-000001', 'CRP-000003', 'CRP-000002']);

    await page.getByRole('combobox', { name: 'Legal category' }).selectOption({ label: 'Convicted prisoner' });
    await expect.poll(() => numbersShown(page)).toEqual(['CRP-000002']);
    expect(await countText(page)).toBe('1 entry shown of 3.');
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect.poll(() => numbersShown(page)).toHaveLength(3);
  });

  it('remembers the columns chosen across a lock', async () => {
    const { page } = session;
    await page.getByText('Columns shown').click();
    await page.getByRole('checkbox', { name: 'Where' }).uncheck();
    await expect.poll(() => entries(page).getByRole('columnheader', { name: 'Where' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Habeas is locked' }).waitFor();
    await unlockInEnglish(page, ENGLISH_SETUP.passphrase);
    await openScreen(page, '#/register', TITLE);
    await expect.poll(() => numbersShown(page)).toHaveLength(3);
    // After the reload a lock makes, the list shows every column until the stored choice is read.
    await expect.poll(() => entries(page).getByRole('columnheader', { name: 'Where' }).count()).toBe(0);
    expect(await entries(page).getByRole('columnheader', { name: 'Safeguards' }).count()).toBe(1);
  }, SLOW_STEP_MS);

  it('moves between entries with the arrow keys and opens one with Enter', async () => {
    const { page } = session;
    await page.getByRole('searchbox', { name: 'Search by name, register number or document number' }).press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('CRP-000003');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('CRP-000002');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/register\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Benali' }).waitFor();
  });

  it('lists what needs action, grouped by rule, each with its sources and legal force', async () => {
    const { page } = session;
    await openScreen(page, '#/register/needs-action', 'Safeguards that need action');
    const summary = page.getByRole('table', { name: 'Safeguards with something to act on' });
    await summary.waitFor();
    const group = page.getByRole('region', { name: 'Medical examination on admission' });
    expect(await group.getByRole('list', { name: 'Sources of the rule: Medical examination on admission' }).getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await group.getByText(/^Legal force: /).count()).toBe(1);
    expect(await group.getByRole('table', { name: 'Entries to act on: Medical examination on admission' }).getByRole('rowheader').count()).toBe(3);
    await page.screenshot({ path: resolve(ARTIFACTS, 'register-needs-action-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('prints an extract of the list with each admission entry hash, on numbered pages', async () => {
    const { page } = session;
    await openScreen(page, '#/register/extract', 'Register extract');
    const extract = page.getByRole('table', { name: 'Entries, in the order of the list' });
    await page.getByRole('button', { name: 'Print' }).waitFor({ timeout: SLOW_STEP_MS });
    const hashes = await extract.locator('.register-hash').allTextContents();
    expect(hashes).toHaveLength(3);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: resolve(ARTIFACTS, 'register-extract-en.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: null });
    const pdf = resolve(ARTIFACTS, 'register-extract-en.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reads in Arabic, right to left, with the same entries', async () => {
    const { page } = session;
    await openScreen(page, '#/settings', 'Settings');
    await chooseLanguage(page, 'العربية', 'الإعدادات');
    await page.getByRole('navigation', { name: 'القائمة الرئيسية' }).getByRole('link', { name: 'السجل', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'سجل المحتجزين' }).waitFor();
    await expect.poll(() => numbersShown(page)).toHaveLength(3);
    await page.screenshot({ path: resolve(ARTIFACTS, 'register-ar.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    await openScreen(page, '#/register/needs-action', 'الضمانات التي تتطلب إجراءً');
    await page.getByRole('table').first().waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'register-needs-action-ar.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
