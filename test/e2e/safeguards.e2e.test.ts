/**
 * The safeguard audit end to end: two facilities made with the command-line tool
 * (`habeas make-demo --network`) are imported by an adviser in Chromium, who reads the
 * breaches of each rule with their standard and legal force, narrows them to one facility,
 * opens a detainee's page from the list, reads the monthly rates and the chart's table, and
 * does the same in Arabic, right to left.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScreen, seriousAxeFindings, SLOW_STEP_MS } from './app';
import type { BrowserSession } from './browser';
import { makeScratch, NORTH, openAdviser, SOUTH } from './bundles';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

const scratch = makeScratch('safeguards');

describe('the safeguard audit across two imported facilities', () => {
  let adviser: BrowserSession;

  beforeAll(async () => {
    adviser = await openAdviser(scratch, { imported: true });
  }, 5 * SLOW_STEP_MS);

  afterAll(async () => {
    await adviser.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('lists the breaches of each rule with its standard, narrowed to one facility, linked to the detainee', async () => {
    const { page } = adviser;
    await openScreen(page, '#/oversight', 'Facilities overview');
    await page.getByRole('navigation', { name: 'Oversight views' }).getByRole('link', { name: 'Safeguards' }).click();
    await page.getByRole('heading', { level: 1, name: 'Safeguard audit' }).waitFor();
    await page.getByText(/^Open breaches: \d+ · All breaches: \d+ · Facilities: 2$/).waitFor();
    await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Every breach, closed ones too' });
    await page.getByLabel('Facility', { exact: true }).selectOption({ label: NORTH });
    const tables = page.getByRole('table', { name: /^People for whom the rule "/ });
    expect(await tables.count()).toBeGreaterThan(0);
    const facilities = await tables.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(facilities)).toEqual(new Set([NORTH]));
    const group = page.locator('section.safeguard-audit-group').first();
    expect(await group.getByText(/^Legal force: (Binding|Standard|Recommendation)/).count()).toBe(1);
    await group.getByRole('list', { name: /^Sources of the rule: / }).waitFor();
    const link = tables.first().getByRole('rowheader').first().getByRole('link');
    expect(await link.getAttribute('href')).toMatch(/^#\/register\/[0-9a-f-]{36}$/);
    const number = (await link.textContent()) ?? '';
    expect(number).toMatch(/^NP-\d{6}$/);
    await page.screenshot({ path: resolve(ARTIFACTS, 'safeguards-breaches-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await page.waitForFunction((expected) => window.location.hash === expected, href);
    await page.waitForFunction((shown) => document.title.includes(shown), number);
  });

  it('shows the monthly rates with counts for few people, and the chart with its table', async () => {
    const { page } = adviser;
    await openScreen(page, '#/oversight?view=safeguards', 'Safeguard audit');
    await page.getByLabel('Facility whose rates are shown').selectOption({ label: SOUTH });
    const months = page.getByRole('table', { name: new RegExp(`^${SOUTH}: the first duties of custody by month of admission`) });
    expect(await months.locator('tbody tr').count()).toBe(12);
    const cells = await months.locator('tbody td').allTextContents();
    expect(cells).toContain('No one assessed');
    expect(cells.some((text) => /^\d+ of \d+$/.test(text))).toBe(true);
    await page.getByRole('table', { name: new RegExp(`^${SOUTH}: every rule over the period`) }).getByRole('rowheader', { name: 'Brought before a judge' }).waitFor();
    const figure = page.getByRole('figure', { name: /"Brought before a judge" was met in time, by facility/ });
    await figure.locator('svg.recharts-surface').first().waitFor();
    const chartTable = figure.getByRole('table', { name: '"Brought before a judge" met in time, by month and facility, latest first' });
    expect(await chartTable.getByRole('columnheader').allTextContents()).toEqual(['Month of admission', NORTH, SOUTH]);
    await page.screenshot({ path: resolve(ARTIFACTS, 'safeguards-rates-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('reads in Arabic, right to left', async () => {
    const { page } = adviser;
    await openScreen(page, '#/settings', 'Settings');
    await page.getByRole('radio', { name: 'العربية' }).check();
    await openScreen(page, '#/oversight?view=safeguards', 'تدقيق الضمانات');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { name: 'المتأخر والمنتهَك، حسب القاعدة' }).waitFor();
    await page.getByRole('heading', { name: 'النسب شهراً بشهر' }).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'safeguards-ar.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('reported no console errors, page errors or CSP violations', () => {
    expect(adviser.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
