/**
 * A detainee's page in Chromium, as the staff of a facility use it: after admission the
 * registrar records a family notification and a hearing, corrects a field with a reason
 * (seen before → after), and asks for a void that only a second user can confirm; medical
 * staff record an examination whose findings only they see; the judge-appearance safeguard
 * turns overdue when 48 hours pass (the page clock is moved); a transfer closes custody;
 * bad inputs are refused with clear messages and write nothing; a reload keeps everything.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, keepRecoveryCode, loadApp, openScreen, seriousAxeFindings, setUpInEnglish, SLOW_STEP_MS, unlockInEnglish } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';
import { admitPerson, localDate } from './register';

const DOCTOR = { name: 'Salma Idris', role: 'Medical staff', passphrase: 'white cedar morning tide' };
const SUPERVISOR = { name: 'Karim Benali', role: 'Supervisor', passphrase: 'quiet harbour seven lanterns' };
const PERSON = { familyName: 'الحسن', givenNames: 'محمد', familyNameLatin: 'Al-Hassan', givenNamesLatin: 'Mohamed' };
const TITLE = 'محمد الحسن';

async function addUser(page: Page, user: typeof DOCTOR): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).click();
  await page.getByLabel('Full name', { exact: true }).fill(user.name);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: user.role });
  await page.getByLabel('Their passphrase').fill(user.passphrase);
  await page.getByLabel('Type the passphrase again').fill(user.passphrase);
  await page.getByRole('button', { name: 'Add the user' }).click();
  await page.getByRole('rowheader', { name: user.name }).waitFor({ timeout: SLOW_STEP_MS });
}

async function signInAs(page: Page, passphrase: string): Promise<void> {
  if (!(await page.getByRole('heading', { level: 1, name: 'Habeas is locked' }).isVisible())) {
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
  }
  await page.getByRole('heading', { level: 1, name: 'Habeas is locked' }).waitFor();
  await unlockInEnglish(page, passphrase);
}

function entry(page: Page, type: string) {
  return page.getByRole('region', { name: 'History of the record' }).getByRole('article').filter({ has: page.getByRole('heading', { name: new RegExp(`^${type}`) }) });
}

async function openForm(page: Page, type: string) {
  await page.getByLabel('Event to record').selectOption({ label: type });
  return page.getByRole('form', { name: type });
}

async function answer(form: ReturnType<Page['getByRole']>, field: string, reason: 'Unknown' | 'Does not apply' | 'Refused to say'): Promise<void> {
  await form.getByRole('combobox', { name: `Answer for ${field}`, exact: true }).selectOption({ label: reason });
}

/**
 * Prints the record and keeps the page as the print dialog saw it, then has Chromium lay
 * it out on paper (print stylesheet, page numbers) as a PDF: the browser's own dialog
 * cannot be driven, and the desktop app's PDF channel is not what is tested here.
 */
async function printToPdf(browser: BrowserSession, buttonName: string, path: string): Promise<void> {
  const { page } = browser;
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printedHtml?: string }).printedHtml = document.documentElement.outerHTML;
    };
  });
  await page.getByRole('button', { name: buttonName }).click();
  await page.waitForFunction(() => (window as unknown as { printedHtml?: string }).printedHtml !== undefined);
  const html = await page.evaluate(() => (window as unknown as { printedHtml?: string }).printedHtml ?? '');
  expect(html).toMatch(/class="detainee-print"/);
  expect(await page.locator('.detainee-print').count()).toBe(0);
  // The copy is laid out on a blank page: it gets the app's stylesheets inline and runs no script.
  const css = await page.evaluate(async () => {
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    return (await Promise.all(links.map(async (link) => (await fetch(link.href)).text()))).join('\n');
  });
  const copy = html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]*rel="stylesheet"[^>]*>/g, '')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace('</head>', `<style>${css}</style></head>`);
  const sheet = await browser.context.newPage();
  await sheet.setContent(copy, { waitUntil: 'load' });
  const pdf = await sheet.pdf({ path, preferCSSPageSize: true });
  await sheet.close();
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(1);
}

function judgeRow(page: Page) {
  return page.getByRole('table', { name: 'Safeguards that apply to this record' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Brought before a judge' }) });
}

describe('a detainee page in Chromium', () => {
  let session: BrowserSession;
  let recordHash = '';

  beforeAll(async () => {
    session = await openBrowser();
    // A missing element fails its own step rather than the whole test's time.
    session.page.setDefaultTimeout(10_000);
    // Installed before the app loads, so the app's timers and dates follow it; time still flows.
    await session.page.clock.install();
    await loadApp(session.page);
    await setUpInEnglish(session.page);
    await keepRecoveryCode(session.page);
    await addUser(session.page, DOCTOR);
    await addUser(session.page, SUPERVISOR);
    // Arrested an hour ago: the 48-hour judge appearance counts from then.
    const arrestedAt = await session.page.evaluate(() => {
      const at = new Date(Date.now() - 3_600_000);
      return { date: at.toLocaleDateString('en-CA'), time: at.toTimeString().slice(0, 5) };
    });
    recordHash = (await admitPerson(session.page, { ...PERSON, arrestedAt })).recordHash;
    await session.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  }, SLOW_STEP_MS * 3);

  afterAll(async () => {
    await session.close();
  });

  it('records a family notification and a hearing through their short forms', async () => {
    const { page } = session;
    expect(await judgeRow(page).textContent()).toContain('Due');
    const notice = await openForm(page, 'Family notified');
    await notice.getByRole('combobox', { name: 'Outcome', exact: true }).selectOption({ label: 'Family notified' });
    await notice.getByRole('combobox', { name: 'What the notice reports', exact: true }).selectOption({ label: 'Admission' });
    await notice.getByRole('textbox', { name: 'Person notified', exact: true }).fill('Hassan Al-Ali');
    await notice.getByRole('textbox', { name: 'Relationship to the detained person', exact: true }).fill('brother');
    await notice.getByRole('combobox', { name: 'How they were reached', exact: true }).selectOption({ label: 'Telephone' });
    await notice.getByRole('textbox', { name: 'Notified by', exact: true }).fill('Duty officer');
    await notice.getByRole('button', { name: 'Record: Family notified' }).click();
    await expect.poll(() => entry(page, 'Family notified').textContent()).toContain('Hassan Al-Ali');

    const hearing = await openForm(page, 'Hearing');
    await hearing.getByRole('textbox', { name: 'Court', exact: true }).fill('Court of first instance');
    await hearing.getByRole('combobox', { name: 'Kind of hearing', exact: true }).selectOption({ label: 'Remand review' });
    await hearing.getByRole('textbox', { name: 'Outcome', exact: true }).fill('Detention extended by 15 days');
    await hearing.getByRole('combobox', { name: 'Lawyer present', exact: true }).selectOption({ label: 'Yes' });
    await answer(hearing, 'Next hearing', 'Unknown');
    await hearing.screenshot({ path: 'test/e2e/artifacts/detainee-form-en.png' });
    await hearing.getByRole('button', { name: 'Record: Hearing' }).click();
    await expect.poll(() => entry(page, 'Hearing').textContent()).toContain('Detention extended by 15 days');
    expect(await entry(page, 'Hearing').textContent()).toContain('by Amina Haddad');
  });

  it('refuses a release dated before the admission and an empty reason, writing nothing', async () => {
    const { page } = session;
    const entries = page.getByRole('region', { name: 'History of the record' }).getByRole('article');
    const before = await entries.count();
    const release = await openForm(page, 'Release');
    await release.getByLabel('Date and time of the event', { exact: true }).fill(`${await localDate(page, -1)}T08:00`);
    for (const field of ['Authority that ordered the release', 'Released to', 'Place of release', 'Property', 'Documents returned', 'Copy of the record handed to the person', 'Family informed on']) {
      await answer(release, field, 'Unknown');
    }
    await release.getByRole('button', { name: 'Record: Release' }).click();
    expect(await release.getByRole('alert').textContent()).toContain('This is before the admission. Enter a date and time after the person was admitted.');
    await release.getByRole('button', { name: 'Cancel' }).click();

    await entry(page, 'Hearing').getByRole('button', { name: /^Correct a field of Hearing/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Correct a field' });
    await dialog.getByLabel('Field to correct').selectOption({ label: 'Court' });
    await dialog.getByRole('textbox', { name: 'New value: Court' }).fill('Court of appeal');
    await dialog.getByRole('button', { name: 'Record the correction' }).click();
    expect(await dialog.getByRole('alert').textContent()).toContain('A reason is required. Write why, in a few words.');
    await dialog.screenshot({ path: 'test/e2e/artifacts/detainee-correction-en.png' });
    expect(await entries.count()).toBe(before);
    expect(await page.getByRole('region', { name: 'Corrections' }).count()).toBe(0);
  });

  it('corrects a field with a reason and shows it before → after', async () => {
    const { page } = session;
    const dialog = page.getByRole('dialog', { name: 'Correct a field' });
    await dialog.getByLabel('Reason for the correction').fill('The summons names the court of appeal');
    await dialog.getByRole('button', { name: 'Record the correction' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const corrections = entry(page, 'Hearing').getByRole('region', { name: 'Corrections' });
    await expect.poll(() => corrections.textContent()).toMatch(/Court.*Court of first instance → .*Court of appeal/s);
    expect(await corrections.textContent()).toContain('Reason: The summons names the court of appeal');
    const reads = await entry(page, 'Hearing').locator(':scope > .detainee-fields').textContent();
    expect(reads).toContain('Court (corrected)Court of appeal');
    expect(reads).not.toContain('Court of first instance');
  });

  it('asks for a void that waits for a second user, who confirms it', async () => {
    const { page } = session;
    await entry(page, 'Family notified').getByRole('button', { name: /^Void this entry: Family notified/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Void an entry' });
    await dialog.getByLabel('Reason for the void').fill('Recorded on the wrong person');
    await dialog.getByRole('button', { name: 'Void the entry' }).click();
    const pending = page.getByRole('region', { name: 'Waiting for confirmation' });
    await pending.waitFor();
    expect(await pending.textContent()).toContain('You made this request: waiting for confirmation by another user.');
    expect(await pending.getByRole('button', { name: /^Confirm/ }).count()).toBe(0);
    await page.screenshot({ path: 'test/e2e/artifacts/detainee-en.png', fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);

    await signInAs(page, DOCTOR.passphrase);
    await openScreen(page, recordHash, TITLE);
    expect(await page.getByRole('region', { name: 'Waiting for confirmation' }).getByRole('button', { name: /^Confirm/ }).count()).toBe(0);
    const exam = await openForm(page, 'Medical examination');
    expect(await page.getByLabel('Event to record').locator('option').allTextContents()).toEqual(['Choose an event…', 'Medical examination']);
    await exam.getByRole('combobox', { name: 'Reason for the examination', exact: true }).selectOption({ label: 'On admission' });
    await exam.getByRole('combobox', { name: 'Outcome', exact: true }).selectOption({ label: 'Examined' });
    await exam.getByRole('textbox', { name: 'Examiner', exact: true }).fill('Dr Salma Idris');
    await exam.getByRole('textbox', { name: 'Findings', exact: true }).fill('Bruising on both wrists');
    await exam.getByRole('combobox', { name: 'Present', exact: true }).selectOption({ label: 'Yes' });
    await answer(exam, 'Referred to', 'Does not apply');
    await answer(exam, 'Referral of signs of torture or ill-treatment', 'Does not apply');
    await exam.getByRole('button', { name: 'Record: Medical examination' }).click();
    await expect.poll(() => entry(page, 'Medical examination').textContent()).toContain('Bruising on both wrists');

    await signInAs(page, SUPERVISOR.passphrase);
    await openScreen(page, recordHash, TITLE);
    // Entries are decrypted after the page opens: wait for the exam's, not its loading line.
    await expect.poll(() => entry(page, 'Medical examination').textContent()).toContain('Medical details are visible to medical staff only.');
    expect(await entry(page, 'Medical examination').textContent()).not.toContain('Bruising');
    await page.getByRole('region', { name: 'Waiting for confirmation' }).getByRole('button', { name: /^Confirm: Void of the entry/ }).click();
    await page.getByRole('region', { name: 'Waiting for confirmation' }).waitFor({ state: 'detached' });
    expect(await entry(page, 'Family notified').getByRole('heading').textContent()).toContain('Voided');
    expect(await entry(page, 'Family notified').textContent()).toContain('Voided by Amina Haddad. Reason: Recorded on the wrong person');
  });

  it('shows the judge appearance overdue once 48 hours have passed, then records a transfer', async () => {
    const { page } = session;
    expect(await judgeRow(page).textContent()).toContain('Due');
    await page.clock.fastForward('49:00:00');
    // Idle that long, the session locks itself: the supervisor unlocks again.
    await page.getByRole('heading', { level: 1, name: 'Habeas is locked' }).waitFor();
    await unlockInEnglish(page, SUPERVISOR.passphrase);
    await openScreen(page, recordHash, TITLE);
    expect(await judgeRow(page).textContent()).toContain('Overdue');

    const transfer = await openForm(page, 'Transfer out');
    await transfer.getByRole('textbox', { name: 'Destination', exact: true }).fill('Southern Prison');
    await transfer.getByRole('textbox', { name: 'Authority responsible for the transfer', exact: true }).fill('Prisons Directorate');
    await transfer.getByRole('textbox', { name: 'Receiving authority', exact: true }).fill('Southern Prison governor');
    await transfer.getByRole('combobox', { name: 'Outcome of the assessment', exact: true }).selectOption({ label: 'No substantial risk' });
    await transfer.getByRole('combobox', { name: 'Receiver willing and able to treat the person humanely', exact: true }).selectOption({ label: 'Yes' });
    await answer(transfer, 'Assurances obtained', 'Does not apply');
    await answer(transfer, 'Monitoring after the transfer', 'Unknown');
    await answer(transfer, 'Reference', 'Unknown');
    await answer(transfer, 'Family notified on', 'Unknown');
    await transfer.getByRole('combobox', { name: 'Record file sent', exact: true }).selectOption({ label: 'Yes' });
    await transfer.getByRole('combobox', { name: 'Medical file sent', exact: true }).selectOption({ label: 'Yes' });
    await transfer.getByRole('button', { name: 'Record: Transfer out' }).click();
    await expect.poll(() => entry(page, 'Transfer out').textContent()).toContain('Southern Prison');
    expect(await page.locator('.detainee-summary').textContent()).toContain('Transferred');
    expect(await page.getByLabel('Event to record').locator('option').allTextContents()).not.toContain('Release');
  });

  it('keeps everything after a reload, and reads in Arabic', async () => {
    const { page } = session;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Habeas is locked' }).waitFor();
    await unlockInEnglish(page, SUPERVISOR.passphrase);
    await openScreen(page, recordHash, TITLE);
    await expect.poll(() => entry(page, 'Transfer out').textContent()).toContain('Southern Prison');
    expect(await entry(page, 'Family notified').getByRole('heading').textContent()).toContain('Voided');
    expect(await entry(page, 'Hearing').getByRole('region', { name: 'Corrections' }).textContent()).toMatch(/Court of first instance → .*Court of appeal/s);
    expect(await entry(page, 'Medical examination').count()).toBe(1);
    expect(await page.locator('.detainee-summary').textContent()).toContain('Transferred');

    await openScreen(page, '#/settings', 'Settings');
    await chooseLanguage(page, 'العربية', 'الإعدادات');
    await openScreen(page, recordHash, TITLE);
    await page.getByRole('region', { name: 'تاريخ الملف' }).waitFor();
    await page.screenshot({ path: 'test/e2e/artifacts/detainee-ar.png', fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    await printToPdf(session, 'طباعة هذا الملف', 'test/e2e/artifacts/detainee-print-ar.pdf');
  });

  it('reported no console errors, page errors or CSP violations', () => {
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
