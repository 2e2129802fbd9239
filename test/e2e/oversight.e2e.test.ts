/**
 * Oversight end to end: two facilities of one network are made with the command-line tool
 * (`habeas make-demo --network`, one transfer never arrives), addressed to an adviser's
 * installation in Chromium; the adviser trusts both cards, imports both bundles, sees the
 * facilities overview and the critical alert of the lost transfer with its evidence (the
 * departure, the signed bundle that carried it, the detainee's page), runs a roll-call
 * and opens the integrity audit, also in Arabic.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScreen, seriousAxeFindings, SLOW_STEP_MS } from './app';
import type { BrowserSession } from './browser';
import { importNetwork, makeScratch, networkNow, NORTH, openAdviser, SOUTH } from './bundles';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

const scratch = makeScratch('oversight');

describe('oversight of two facilities that transfer detainees', () => {
  let adviser: BrowserSession;

  beforeAll(async () => {
    adviser = await openAdviser(scratch, { imported: false });
  }, 3 * SLOW_STEP_MS);

  afterAll(async () => {
    await adviser.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('imports both facilities made with make-demo --network', async () => {
    await importNetwork(adviser.page, scratch, networkNow());
  }, 2 * SLOW_STEP_MS);

  it('shows both facilities and the critical alert on the overview', async () => {
    const { page } = adviser;
    await openScreen(page, '#/oversight', 'Facilities overview');
    const table = page.getByRole('table', { name: 'Facilities whose registers were imported' });
    await table.getByRole('rowheader', { name: new RegExp(NORTH) }).waitFor();
    await table.getByRole('rowheader', { name: new RegExp(SOUTH) }).waitFor();
    expect(await table.getByRole('row', { name: new RegExp(NORTH) }).textContent()).toContain('Bundle 1');
    await page.getByText(/^Critical alerts: /).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'oversight-overview-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('shows the lost transfer as a critical alert with its evidence one click away', async () => {
    const { page } = adviser;
    await page.getByRole('link', { name: 'See the alerts and their evidence' }).click();
    await page.getByRole('heading', { level: 1, name: 'Disappearance alerts' }).waitFor();
    const alert = page.getByRole('article').filter({ hasText: 'Transfer never arrived' });
    expect(await alert.count()).toBe(1);
    expect(await alert.textContent()).toContain(`Transferred to ${SOUTH}, where no admission of this person was found`);
    expect(await alert.getByText('Critical', { exact: true }).isVisible()).toBe(true);
    await alert.getByRole('button', { name: 'Show the evidence' }).click();
    const evidence = alert.getByRole('region', { name: 'Evidence' });
    await evidence.getByRole('heading', { name: 'Departure: Transfer out' }).waitFor();
    expect(await evidence.textContent()).toContain(`Bundle 1 from ${NORTH}`);
    expect(await evidence.textContent()).toContain('Verified when the bundle was imported.');
    expect(await evidence.textContent()).toContain('The sender is a trusted contact');
    expect(await evidence.locator('code').first().textContent()).toMatch(/^[0-9a-f]{64}$/);
    const link = evidence.getByRole('link', { name: /Open the detainee's page NP-\d{6}/ });
    expect(await link.getAttribute('href')).toMatch(/^#\/register\/[0-9a-f-]{36}$/);
    await page.screenshot({ path: resolve(ARTIFACTS, 'oversight-alert-evidence-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('compares a roll-call with a register and opens the integrity audit', async () => {
    const { page } = adviser;
    await openScreen(page, '#/oversight?view=roll-call', 'Roll-call');
    await page.getByLabel('Facility visited').selectOption({ label: SOUTH });
    await page.getByRole('textbox', { name: 'People seen' }).fill('Khaled Nouri; Said; 1995\nAmina; ; born in spring');
    await page.getByRole('button', { name: 'Compare with the register' }).click();
    await page.getByRole('alert').getByText('Line 2: the birth is not a year or a date. Write it as 1990 or 1990-04-12.').waitFor();
    await page.getByRole('textbox', { name: 'People seen' }).fill('Khaled Nouri; Said; 1995');
    await page.getByRole('button', { name: 'Compare with the register' }).click();
    await page.getByRole('table', { name: 'People seen but not registered as held' }).getByRole('rowheader', { name: /Khaled Nouri/ }).waitFor();
    expect(await page.getByRole('table', { name: 'People registered as held but not seen' }).getByRole('row').count()).toBeGreaterThan(2);
    await page.screenshot({ path: resolve(ARTIFACTS, 'oversight-roll-call-en.png'), fullPage: true });
    await openScreen(page, '#/oversight?view=integrity', 'Register integrity');
    await page.getByRole('table', { name: 'Refused, held and late bundles, gravest first' }).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'oversight-integrity-en.png'), fullPage: true });
  });

  it('reads in Arabic, right to left', async () => {
    const { page } = adviser;
    await openScreen(page, '#/settings', 'Settings');
    await page.getByRole('radio', { name: 'العربية' }).check();
    await openScreen(page, '#/oversight?view=alerts', 'تنبيهات الاختفاء');
    const alert = page.getByRole('article').filter({ hasText: 'نقل لم يصل قط' });
    await alert.getByRole('button', { name: 'عرض الأدلة' }).click();
    await alert.getByRole('region', { name: 'الأدلة' }).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'oversight-alert-evidence-ar.png'), fullPage: true });
    await openScreen(page, '#/oversight', 'نظرة عامة على المرافق');
    await page.screenshot({ path: resolve(ARTIFACTS, 'oversight-overview-ar.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('reported no console errors, page errors or CSP violations', () => {
    expect(adviser.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
