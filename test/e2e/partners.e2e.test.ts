/**
 * Partner assessment and sharing without names, in Chromium, as an adviser would work: the
 * administrator admits six people and adds an adviser, who signs in, registers a partner
 * force linked to the facility, records an assessment (refused first without evidence), a
 * mitigation measure and a decision, then exports the facility's statistics as CSV (a real
 * download) and opens the printable report. The CSV must hold no name and no count under 5.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserInEnglish, chooseLanguage, keepRecoveryCode, loadApp, openScreen, seriousAxeFindings, setUpInEnglish, SLOW_STEP_MS, unlockInEnglish } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const ADVISER = 'Maria Rossi';
const ADVISER_PASSPHRASE = 'amber coast willow signal';
const PEOPLE = [
  ['الحسن', 'Criminal suspect on remand'],
  ['Benali', 'Criminal suspect on remand'],
  ['Traoré', 'Criminal suspect on remand'],
  ['Okafor', 'Criminal suspect on remand'],
  ['Haddad', 'Criminal suspect on remand'],
  ['Mansour', 'Convicted prisoner'],
] as const;
const PARTNER = '3rd Border Brigade';

/** An urgent admission through the form: a family name and a legal category, everything else left as gaps. */
async function admit(page: Page, familyName: string, category: string): Promise<void> {
  await openScreen(page, '#/register/admit', 'Admit a person');
  await page.getByRole('textbox', { name: 'Family name (original script)', exact: true }).fill(familyName);
  const sections = page.getByRole('navigation', { name: 'Sections of the admission' });
  await sections.getByRole('button', { name: /^Legal category and regime/ }).click();
  await page.getByRole('combobox', { name: 'Legal category', exact: true }).selectOption({ label: category });
  await sections.getByRole('button', { name: /^Review and admit/ }).click();
  await page.getByRole('button', { name: 'Admit and assign the register number' }).click();
  const admitted = page.getByRole('dialog', { name: 'Person admitted' });
  await admitted.waitFor({ timeout: SLOW_STEP_MS });
  await admitted.getByRole('button', { name: 'Close' }).click();
}

async function rate(page: Page, criterion: string, rating: string): Promise<void> {
  await page.getByRole('group', { name: criterion, exact: true }).getByRole('radio', { name: rating, exact: true }).check();
}

describe('partner assessment and statistics without names in Chromium', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    const { page } = session;
    await loadApp(page);
    await setUpInEnglish(page);
    await keepRecoveryCode(page);
    for (const [name, category] of PEOPLE) await admit(page, name, category);
    await addUserInEnglish(page, ADVISER, ADVISER_PASSPHRASE, 'Adviser');
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Habeas is locked' }).waitFor();
    await unlockInEnglish(page, ADVISER_PASSPHRASE);
  }, 4 * SLOW_STEP_MS);

  afterAll(async () => {
    await session.close();
  });

  it('registers a partner linked to the facility and records an assessment, refused first without evidence', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Partners' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
    await page.getByRole('button', { name: 'Add a partner' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a partner' });
    await dialog.getByRole('textbox', { name: 'Name of the partner' }).fill(PARTNER);
    await dialog.getByRole('checkbox', { name: 'Central Remand Prison (CRP-01)' }).check();
    await dialog.getByRole('button', { name: 'Add the partner' }).click();
    await page.getByRole('heading', { level: 1, name: PARTNER }).waitFor();

    await page.getByRole('link', { name: 'New assessment' }).click();
    await page.getByRole('heading', { level: 1, name: `New assessment of ${PARTNER}` }).waitFor();
    for (const criterion of ['Willingness', 'Capacity', 'Command and control', 'Doctrine and training', 'Allegations and investigations']) await rate(page, criterion, 'Not known');
    await rate(page, 'Detention practice', 'Adequate');
    await page.getByRole('textbox', { name: 'Evidence for “Detention practice”' }).fill('Register kept on every admission seen on 3 March.');
    await rate(page, 'ICRC access', 'Weak');
    await page.getByRole('radio', { name: 'High', exact: true }).check();
    await page.getByRole('button', { name: 'Record the assessment' }).click();
    const missing = page.getByRole('textbox', { name: 'Evidence for “ICRC access”' });
    await expect.poll(() => missing.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: resolve(ARTIFACTS, 'partners-assess-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    await missing.fill('ICRC refused access to Block C on 3 March.');
    await page.getByRole('button', { name: 'Record the assessment' }).click();
    await page.getByRole('table', { name: 'Criteria of version 1' }).waitFor();
    expect(await page.getByRole('table', { name: 'Criteria of version 1' }).getByRole('row', { name: /ICRC access/ }).textContent()).toContain('ICRC refused access to Block C');
  }, SLOW_STEP_MS);

  it('adds a mitigation measure and records a decision on support', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Add a measure' }).click();
    const measure = page.getByRole('dialog', { name: 'Add a measure' });
    await measure.getByRole('combobox', { name: 'Kind of measure' }).selectOption({ label: 'Condition attached to support' });
    await measure.getByRole('textbox', { name: 'Measure' }).fill('ICRC access to every block before the next delivery');
    await measure.getByRole('textbox', { name: 'Owner' }).fill('Head of mission');
    await measure.getByLabel('Due date').fill('2030-06-30');
    await measure.getByLabel('Review date').fill('2030-05-01');
    await measure.getByRole('button', { name: 'Add the measure' }).click();
    await page.getByRole('table', { name: 'Measures of the plan, soonest due first' }).getByRole('rowheader', { name: 'ICRC access to every block before the next delivery' }).waitFor();

    await page.getByRole('button', { name: 'Record a decision' }).click();
    const decision = page.getByRole('dialog', { name: 'Record a decision on support' });
    await decision.getByRole('radio', { name: /^Condition/ }).check();
    await decision.getByRole('textbox', { name: 'Rationale' }).fill('Support continues only if the ICRC gets access to Block C.');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    const log = page.getByRole('table', { name: 'Decisions on support, newest first' });
    await log.getByText('Support continues only if the ICRC gets access to Block C.').waitFor();
    expect(await log.getByText(new RegExp(`${ADVISER}\\u2069, `)).count()).toBe(1);
    await page.screenshot({ path: resolve(ARTIFACTS, 'partners-partner-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('exports the statistics as CSV with no name and no count under 5, and opens the printable report', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Share statistics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Share statistics without names' }).waitFor();
    const categories = page.getByRole('table', { name: 'Held at the end of the period, by legal category — Central Remand Prison' });
    expect(await categories.getByRole('row', { name: /^Convicted prisoner/ }).getByRole('cell').textContent()).toBe('< 5');
    await page.screenshot({ path: resolve(ARTIFACTS, 'partners-share-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as a CSV file' }).click();
    const download = await downloading;
    const file = resolve(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    const csv = await readFile(file, 'utf8');
    for (const [name] of PEOPLE) expect(csv).not.toContain(name);
    const rows = csv.replace(/^\uFEFF/, '').trim().split('\r\n').map((row) => row.split(','));
    expect(rows[0]).toEqual(['facility_code', 'facility_name', 'period_from', 'period_to', 'section', 'item', 'measure', 'value', 'label', 'suppression_threshold', 'zero_counts']);
    const values = rows.slice(1).map((row) => row[7] ?? '');
    expect(values.filter((value) => /^\d+(\.\d+)?$/.test(value) && Number(value) < 5)).toEqual([]);
    expect(values).toContain('< 5');
    expect(values).toContain('6');

    await page.getByRole('link', { name: 'Printable report' }).click();
    await page.getByRole('heading', { level: 2, name: 'Adviser report: Central Remand Prison' }).waitFor();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    // The adviser chooses the period; it is kept in the address, and the report states it.
    await page.getByRole('combobox', { name: 'Period' }).selectOption('last-12-months');
    await page.getByText(/^Period: Last 12 months, .+ to .+\.$/).waitFor();
    expect(page.url()).toMatch(/[?&]period=last-12-months&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&/);
    await page.getByRole('combobox', { name: 'Period' }).selectOption('custom');
    const end = page.getByLabel('To', { exact: true });
    await end.fill('2999-01-01');
    await expect.poll(() => end.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Correct the period above to see the report.').waitFor();
    expect(await page.getByRole('article').count()).toBe(0);
    await page.screenshot({ path: resolve(ARTIFACTS, 'partners-report-period-error-en.png'), fullPage: true });
    await page.getByRole('combobox', { name: 'Period' }).selectOption('last-30-days');
    await page.getByRole('heading', { level: 2, name: 'Adviser report: Central Remand Prison' }).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'partners-report-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: resolve(ARTIFACTS, 'partners-report-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  }, SLOW_STEP_MS);

  it('reads in Arabic, and reported no console error, page error or CSP violation', async () => {
    const { page } = session;
    await openScreen(page, '#/settings', 'Settings');
    await chooseLanguage(page, 'العربية', 'الإعدادات');
    await openScreen(page, '#/partners', 'الشركاء');
    await page.getByRole('link', { name: PARTNER }).click();
    await page.getByRole('heading', { level: 1, name: PARTNER }).waitFor();
    await page.getByRole('table', { name: 'معايير النسخة 1' }).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'partners-partner-ar.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    await openScreen(page, '#/share-statistics', 'مشاركة الإحصاءات دون أسماء');
    await page.getByRole('combobox', { name: 'الفترة' }).selectOption('last-quarter');
    await page.getByRole('status').filter({ hasText: 'مع احتساب اليومين' }).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'partners-share-ar.png'), fullPage: true });
    await page.getByRole('link', { name: 'تقرير قابل للطباعة' }).click();
    await page.getByText(/^الفترة: آخر ربع سنة كامل، /).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'partners-report-ar.png'), fullPage: true });
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
