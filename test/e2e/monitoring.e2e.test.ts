/**
 * Monitoring and evaluation end to end: an adviser imports two facilities made with the
 * command-line tool (`habeas make-demo --network`, a year of history), opens the dashboard
 * from the navigation, compares last quarter with the quarter before for one facility, then
 * since a support start the adviser enters, checks the comparison table, the charts with
 * their tables and the plain summary, refuses a start after today, and reads it in Arabic.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScreen, seriousAxeFindings, SLOW_STEP_MS } from './app';
import type { BrowserSession } from './browser';
import { makeScratch, NORTH, openAdviser } from './bundles';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const TABLE = 'Indicators in the baseline (A) and the comparison period (B)';
const VERDICTS = /^(Worse|Better|About the same|Too few to compare|Not compared: periods of different lengths) /;

const scratch = makeScratch('monitoring');

/** A calendar day `days` before today, in UTC (the setup's facility zone is far from the date line). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

describe('monitoring and evaluation of an imported facility', () => {
  let adviser: BrowserSession;

  beforeAll(async () => {
    adviser = await openAdviser(scratch, { imported: true });
  }, 5 * SLOW_STEP_MS);

  afterAll(async () => {
    await adviser.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('compares last quarter with the quarter before for one facility', async () => {
    const { page } = adviser;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Monitoring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Monitoring and evaluation' }).waitFor();
    await page.getByRole('combobox', { name: 'Facility or partner' }).selectOption({ label: `Facility: ${NORTH}` });
    expect(await page.getByRole('radio', { name: 'Last quarter against the quarter before' }).isChecked()).toBe(true);
    await page.getByRole('heading', { level: 2, name: `Facility: ${NORTH}` }).waitFor();
    const table = page.getByRole('table', { name: TABLE });
    const registered = table.getByRole('row', { name: /^Registered without delay/ });
    expect(await registered.getByRole('cell').nth(0).textContent()).toMatch(/^\d+% \(\d+ of \d+\)$|^nobody assessed$/);
    expect(await table.getByRole('row', { name: /^Corrective actions open at the end/ }).getByRole('cell').allTextContents()).toEqual(['0', '0', '= About the same']);
    // Both bundles were imported today: at the end of both past quarters none had arrived.
    expect(await table.getByRole('row', { name: /^Days since the last bundle, at the end/ }).getByRole('cell').allTextContents()).toEqual(['no bundle received', 'no bundle received', 'No data']);
    const statements = await page.getByRole('list', { name: 'What changed' }).getByRole('listitem').allTextContents();
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(statement).toMatch(VERDICTS);
    expect(await page.getByRole('figure').count()).toBe(3);
    expect(await page.getByRole('table', { name: 'Safeguards met per month, in figures' }).getByRole('row').count()).toBe(7);
    await page.screenshot({ path: resolve(ARTIFACTS, 'monitoring-quarters-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('compares since a support start the adviser enters, refusing one after today', async () => {
    const { page } = adviser;
    await page.getByRole('radio', { name: 'Since support began' }).check();
    const start = page.getByRole('textbox', { name: 'Support began on' });
    await page.getByText('Enter the day support began to see this comparison.').waitFor();
    await start.fill(daysAgo(-2));
    await page.getByText('Support cannot begin after today. Choose today or an earlier day.').waitFor();
    await expect.poll(() => start.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('table', { name: TABLE }).count()).toBe(0);
    await start.fill(daysAgo(120));
    const table = page.getByRole('table', { name: TABLE });
    await table.waitFor();
    // Everything imported arrived today: in B the newest bundle is today's.
    expect(await table.getByRole('row', { name: /^Days since the last bundle, at the end/ }).getByRole('cell').allTextContents()).toEqual(['no bundle received', '0 days', 'No data']);
    const alerts = await table.getByRole('row', { name: /^Alerts about events of the period/ }).getByRole('cell').allTextContents();
    expect(alerts[2]).toMatch(/^(↑ Higher · Worse|↓ Lower · Better|= About the same)$/);
    await page.getByText(/^Baseline \(A\): .+\. Comparison \(B\): .+\.$/).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'monitoring-support-en.png'), fullPage: true });
  });

  it('reads in Arabic, right to left', async () => {
    const { page } = adviser;
    await openScreen(page, '#/settings', 'Settings');
    await page.getByRole('radio', { name: 'العربية' }).check();
    await openScreen(page, '#/monitoring', 'الرصد والتقييم');
    await page.getByRole('table', { name: 'المؤشرات في فترة الأساس (أ) وفترة المقارنة (ب)' }).waitFor();
    await page.getByRole('list', { name: 'ما الذي تغيّر' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.screenshot({ path: resolve(ARTIFACTS, 'monitoring-ar.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('reported no console errors, page errors or CSP violations', () => {
    expect(adviser.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
