/**
 * Two installations in Chromium (two browser profiles, so two IndexedDBs and two keys): a
 * facility and an adviser exchange identity cards, compare fingerprints, the facility
 * exports a bundle (a real download) and the adviser imports it (a real file chooser),
 * sees the preview, applies it and finds the facility's entries in its audit trail.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH_SETUP, keepRecoveryCode, loadApp, openScreen, seriousAxeFindings, setUpInEnglish, SLOW_STEP_MS } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const ADVISER_SETUP = {
  ...ENGLISH_SETUP,
  facilityName: 'Adviser Office',
  facilityCode: 'ADV-01',
  prefix: 'ADV',
  location: 'Capital',
  authority: 'Advisory Mission',
  capacity: '0',
  adminName: 'Jean Dupont',
  passphrase: 'green window cedar harbour',
};

async function myCardText(page: Page): Promise<string> {
  await openScreen(page, '#/contacts', 'Contacts and keys');
  return page.getByRole('region', { name: 'My identity card' }).getByRole('textbox', { name: 'Card text' }).inputValue();
}

async function myFingerprint(page: Page): Promise<string> {
  return (await page.locator('.card-fingerprint').first().textContent()) ?? '';
}

/** Adds the other installation's card and trusts it after comparing what the other screen shows. */
async function addAndTrust(page: Page, cardText: string, facility: string, fingerprintReadOut: string): Promise<void> {
  await page.getByRole('textbox', { name: "Text of the contact's card" }).fill(cardText);
  await page.getByRole('button', { name: 'Read the card' }).click();
  await page.getByRole('button', { name: 'Add the contact' }).click();
  const dialog = page.getByRole('dialog', { name: `Compare the fingerprint of ${facility}` });
  await dialog.waitFor();
  const groups = await dialog.getByRole('list', { name: 'Fingerprint groups to compare' }).locator('code').allTextContents();
  expect(groups.join(' ')).toBe(fingerprintReadOut.trim());
  await page.screenshot({ path: resolve(ARTIFACTS, `exchange-confirm-${facility.slice(0, 3).toLowerCase()}.png`) });
  await dialog.getByRole('checkbox', { name: 'All 8 groups match what they read out' }).check();
  await dialog.getByRole('button', { name: 'They match: trust this contact' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('row', { name: new RegExp(facility) }).getByText('Trusted').waitFor();
}

describe('exchange between two installations in Chromium', () => {
  let facility: BrowserSession;
  let adviser: BrowserSession;
  let bundleFile = '';

  beforeAll(async () => {
    [facility, adviser] = await Promise.all([openBrowser(), openBrowser()]);
    await Promise.all([loadApp(facility.page), loadApp(adviser.page)]);
    await setUpInEnglish(facility.page);
    await keepRecoveryCode(facility.page);
    await setUpInEnglish(adviser.page, ADVISER_SETUP);
    await keepRecoveryCode(adviser.page);
  }, 4 * SLOW_STEP_MS);

  afterAll(async () => {
    await Promise.all([facility.close(), adviser.close()]);
  });

  it('exchanges cards and each side trusts the other after comparing fingerprints', async () => {
    const facilityCard = await myCardText(facility.page);
    const adviserCard = await myCardText(adviser.page);
    const [facilityPrint, adviserPrint] = [await myFingerprint(facility.page), await myFingerprint(adviser.page)];
    await addAndTrust(facility.page, adviserCard, 'Adviser Office', adviserPrint);
    await addAndTrust(adviser.page, facilityCard, ENGLISH_SETUP.facilityName, facilityPrint);
    await facility.page.screenshot({ path: resolve(ARTIFACTS, 'exchange-contacts-en.png'), fullPage: true });
    expect(await seriousAxeFindings(facility.page)).toEqual([]);
    await facility.page.getByRole('button', { name: 'Show as QR code' }).click();
    await facility.page.getByRole('img', { name: `QR code of the identity card of ${ENGLISH_SETUP.facilityName}` }).screenshot({ path: resolve(ARTIFACTS, 'exchange-qr.png') });
  });

  it('exports from the facility to the adviser, who previews, applies and sees the entries', async () => {
    const { page } = facility;
    await openScreen(page, '#/export', 'Export a bundle');
    await page.getByRole('checkbox', { name: 'Adviser Office' }).check();
    await page.getByRole('button', { name: 'Prepare the bundle' }).click();
    await page.getByRole('table', { name: 'What the bundle carries' }).getByRole('row', { name: /Central Remand Prison/ }).waitFor();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save the bundle' }).click();
    const download = await downloading;
    const file = resolve(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    bundleFile = file;
    await page.getByText(`Bundle saved as ${download.suggestedFilename()}.`).waitFor({ timeout: SLOW_STEP_MS });
    await page.getByRole('table', { name: 'Bundles sent, newest first' }).getByRole('row', { name: /Adviser Office/ }).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'exchange-export-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect((await readFile(file)).subarray(0, 21).toString()).toBe('age-encryption.org/v1');

    const receiving = adviser.page;
    await openScreen(receiving, '#/import', 'Import bundles');
    const choosing = receiving.waitForEvent('filechooser');
    await receiving.getByRole('button', { name: 'Choose bundle files…' }).click();
    await (await choosing).setFiles(file);
    const result = receiving.getByRole('article').filter({ hasText: 'Ready to apply' });
    await result.getByRole('table', { name: 'What this bundle adds' }).getByRole('row', { name: /Central Remand Prison/ }).waitFor({ timeout: SLOW_STEP_MS });
    expect(await result.getByText(/Bundle 1 from Central Remand Prison/).isVisible()).toBe(true);
    await receiving.screenshot({ path: resolve(ARTIFACTS, 'exchange-import-preview-en.png'), fullPage: true });
    expect(await seriousAxeFindings(receiving)).toEqual([]);
    await receiving.getByRole('button', { name: 'Apply 1 bundle' }).click();
    await receiving.getByRole('article').filter({ hasText: 'Applied' }).waitFor({ timeout: SLOW_STEP_MS });
    await receiving.getByRole('table', { name: 'Bundles received, newest first' }).getByRole('row', { name: /Central Remand Prison/ }).waitFor();

    await openScreen(receiving, '#/audit', 'Audit trail');
    await receiving.getByRole('region', { name: 'Events' }).getByText(ENGLISH_SETUP.adminName).first().waitFor();
  }, 2 * SLOW_STEP_MS);

  it('says "already imported — nothing changed" for the same file again, also in Arabic', async () => {
    const { page } = adviser;
    await openScreen(page, '#/settings', 'Settings');
    await page.getByRole('radio', { name: 'العربية' }).check();
    await openScreen(page, '#/import', 'استيراد الحزم');
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'اختيار ملفات الحزم…' }).click();
    await (await choosing).setFiles(bundleFile);
    await page.getByText('الحزمة 1 من Central Remand Prison استُوردت من قبل — لم يتغيّر شيء.').waitFor({ timeout: SLOW_STEP_MS });
    await page.screenshot({ path: resolve(ARTIFACTS, 'exchange-import-ar.png'), fullPage: true });
    await openScreen(page, '#/contacts', 'جهات الاتصال والمفاتيح');
    await page.screenshot({ path: resolve(ARTIFACTS, 'exchange-contacts-ar.png'), fullPage: true });
  });

  it('reported no console errors, page errors or CSP violations on either side', () => {
    expect(facility.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    expect(adviser.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});

