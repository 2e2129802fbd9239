/**
 * Admitting people in Chromium, as a registrar would: an Arabic name in the Arabic
 * interface, an urgent admission with most details missing, impossible dates refused
 * with nothing written, and a half-typed admission that survives a reload.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, documentLocale, keepRecoveryCode, loadApp, openScreen, seriousAxeFindings, setUpInEnglish, SLOW_STEP_MS, unlockInEnglish } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';
import { admitButton, fillAdmission, localDate, openAdmission, openAdmissionStep, registerWords, submitAdmission } from './register';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const en = registerWords('en');

/** The total the audit trail gives ("3 events shown of 12."): every event written so far. */
async function eventsWritten(page: Page): Promise<number> {
  await openScreen(page, '#/audit', 'Audit trail');
  const text = (await page.getByText(/events? shown of \d+\.$/).textContent()) ?? '';
  return Number(/of (\d+)\./.exec(text)?.[1] ?? Number.NaN);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, name), fullPage: true });
}

describe('admission in Chromium', () => {
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

  it('admits a person with an Arabic name in the Arabic interface and shows the register number', async () => {
    const { page } = session;
    const ar = registerWords('ar');
    await openScreen(page, '#/settings', 'Settings');
    await chooseLanguage(page, 'العربية', 'الإعدادات');
    await openAdmission(page, 'ar');
    expect(await documentLocale(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    const yesterday = await localDate(page, -1);
    await fillAdmission(page, { familyName: 'الحسن', givenNames: 'محمد', familyNameLatin: 'Al-Hassan', givenNamesLatin: 'Mohamed', birth: { year: '1990' }, arrestedAt: { date: yesterday, time: '21:30' } }, 'ar');
    await openAdmissionStep(page, ar.custody.section.identity, 'ar');
    await screenshot(page, 'admission-identity-ar.png');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await admitButton(page, 'ar');
    expect(await page.locator('.admission-next-number .register-number').textContent()).toBe('CRP-000001');
    await screenshot(page, 'admission-review-ar.png');
    await (await admitButton(page, 'ar')).click();
    const dialog = page.getByRole('dialog', { name: ar.admission.admitted.title });
    expect(await dialog.locator('.register-number').textContent()).toBe('CRP-000001');
    expect(await dialog.getByText('محمد الحسن', { exact: true }).count()).toBe(1);
    await screenshot(page, 'admission-admitted-ar.png');
    await dialog.getByRole('button', { name: ar.admission.admitted.openRecord }).click();
    await page.waitForFunction(() => /^#\/register\/[0-9a-f-]{36}$/.test(window.location.hash));
    await openScreen(page, '#/settings', 'الإعدادات');
    await chooseLanguage(page, 'English', 'Settings');
  });

  it('admits urgent, incomplete admissions, listing their gaps before and after, numbering them in sequence', async () => {
    const { page } = session;
    await openAdmission(page);
    await fillAdmission(page, { givenNames: 'Amal', estimatedAge: '16' });
    expect(await page.getByRole('status').filter({ hasText: 'Child (under 18 at arrest)' }).count()).toBe(1);
    await admitButton(page);
    const gaps = page.getByRole('region', { name: /required fields will be recorded as gaps$/ });
    expect(await gaps.getByRole('button', { name: 'Family name (original script)', exact: true }).count()).toBe(1);
    expect(await gaps.getByRole('button', { name: 'Date and time of arrest', exact: true }).count()).toBe(1);
    await screenshot(page, 'admission-review-en.png');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await (await admitButton(page)).click();
    const dialog = page.getByRole('dialog', { name: en.admission.admitted.title });
    expect(await dialog.locator('.register-number').textContent()).toBe('CRP-000002');
    expect(await dialog.getByText(/^\d+ required fields are still gaps\. Complete them on the record\.$/).count()).toBe(1);
    await screenshot(page, 'admission-admitted-en.png');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.waitForFunction(() => /^#\/register\/[0-9a-f-]{36}$/.test(window.location.hash));
    await openAdmission(page);
    await fillAdmission(page, { familyNameLatin: 'Bensalem', givenNamesLatin: 'Karim', estimatedAge: '40' });
    const third = await submitAdmission(page);
    expect(third.registerNumber).toBe('CRP-000003');
    expect(third.recordHash).toMatch(/^#\/register\/[0-9a-f-]{36}$/);
  });

  it('refuses impossible dates with a message next to each field, and writes nothing', async () => {
    const { page } = session;
    const before = await eventsWritten(page);
    const [yesterday, today, tomorrow] = [await localDate(page, -1), await localDate(page), await localDate(page, 1)];
    const [year, month, day] = today.split('-').map((part) => String(Number(part))) as [string, string, string];
    await openAdmission(page);
    await fillAdmission(page, { familyName: 'Haddad', birth: { day, month, year }, arrestedAt: { date: yesterday, time: '21:30' }, admittedAt: { date: yesterday, time: '08:00' } });
    await (await admitButton(page)).click();
    await page.getByRole('heading', { level: 2, name: 'Identity', exact: true }).waitFor();
    const birthDay = page.getByRole('textbox', { name: 'Date of birth: day', exact: true });
    await expect.poll(() => birthDay.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => birthDay.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Date of birth: The date of birth is after the arrest. Check both dates.').count()).toBe(1);
    await openAdmissionStep(page, 'Arrest');
    expect(await page.getByText('Date and time of arrest: The arrest is after the admission. Check both dates and times.').count()).toBe(1);
    await screenshot(page, 'admission-errors-en.png');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await fillAdmission(page, { admittedAt: { date: tomorrow, time: '09:00' } });
    expect(await page.getByText('Date and time of admission: This date is in the future. Enter when it actually happened.').count()).toBe(1);
    await (await admitButton(page)).click();
    await page.getByRole('heading', { level: 2, name: 'Identity', exact: true }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await eventsWritten(page)).toBe(before);
    await openAdmission(page);
    await page.getByRole('button', { name: 'Discard this admission' }).click();
    await page.getByRole('dialog', { name: 'Discard this admission?' }).getByRole('button', { name: 'Discard it' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Family name (original script)', exact: true }).inputValue()).toBe('');
  });

  it('keeps a half-typed admission through a reload, encrypted, until the registrar unlocks again', async () => {
    const { page } = session;
    await openAdmission(page);
    await page.getByRole('textbox', { name: 'Family name (original script)', exact: true }).fill('العلي');
    await page.getByRole('textbox', { name: 'Given names (Latin letters)', exact: true }).fill('Youssef');
    await page.getByText(/^Draft saved and encrypted at /).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Habeas is locked' }).waitFor();
    await unlockInEnglish(page);
    await openAdmission(page);
    await page.getByText('Unfinished admission restored').waitFor();
    expect(await page.getByRole('textbox', { name: 'Family name (original script)', exact: true }).inputValue()).toBe('العلي');
    expect(await page.getByRole('textbox', { name: 'Given names (Latin letters)', exact: true }).inputValue()).toBe('Youssef');
    expect(session.problems.cspViolations).toEqual([]);
    expect(session.problems.pageErrors).toEqual([]);
  });
});
