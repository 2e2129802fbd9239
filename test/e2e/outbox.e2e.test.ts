/**
 * The outbox in Chromium. Through the browser platform: the web build never touches the
 * network, so the screen says sending needs the desktop app and offers no sending, while
 * inbox addresses can still be set (checked as the main process checks them) and are
 * kept. Then with a stand-in for the desktop bridge (window.habeas, as the preload
 * exposes it; its disk is the page's memory and its uploads answer as the test says): a
 * real export is saved, recognised in the outbox, refused once by the inbox, and sent on
 * "Retry now"; a second export is sent straight from the export screen ("Send to … now"). Screens in English and Arabic, with no serious accessibility finding and
 * no CSP violation.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInstallationIdentity, makeIdentityCard, serializeIdentityCard } from '../../shared/ledger/identity';
import { chooseLanguage, keepRecoveryCode, loadApp, openScreen, seriousAxeFindings, setUpInEnglish, SLOW_STEP_MS } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const ADVISER = 'Adviser Office';

async function anAdviserCard(): Promise<string> {
  const identity = await createInstallationIdentity();
  return serializeIdentityCard(makeIdentityCard({ facility: ADVISER, signingPublicKey: identity.signing.publicKey, recipient: identity.ageRecipient }));
}

type UploadAnswer = { status: 'sent'; httpStatus: number } | { status: 'failed'; reason: string; httpStatus: number | null };

/** Installs a stand-in for the preload's window.habeas before the app loads. */
async function installDesktopBridge(session: BrowserSession): Promise<void> {
  await session.context.addInitScript(() => {
    type Saved = { name: string; bytes: Uint8Array };
    const state = { saved: [] as Saved[], answers: [] as unknown[], uploads: [] as { endpoint: string; bytes: number }[] };
    const hex = async (bytes: Uint8Array<ArrayBuffer>) =>
      Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    const bridge = {
      appInfo: () => ok({ name: 'Habeas', version: '0.1.0', platform: 'electron', os: 'linux', versions: {} }),
      saveFile: async (request: { bytes: Uint8Array<ArrayBuffer>; suggestedName: string }) => {
        state.saved.push({ name: request.suggestedName, bytes: request.bytes.slice() });
        return ok({ status: 'saved', fileName: request.suggestedName, bytesWritten: request.bytes.length, sha256: await hex(request.bytes) });
      },
      openFile: () => ok({ status: 'opened', files: state.saved.slice(-1) }),
      sendBundle: (request: { endpoint: string; bytes: Uint8Array }) => {
        state.uploads.push({ endpoint: request.endpoint, bytes: request.bytes.length });
        return ok(state.answers.shift() ?? { status: 'sent', httpStatus: 201 });
      },
    };
    Object.defineProperty(window, 'habeas', { value: Object.freeze(bridge) });
    Object.defineProperty(window, '__outboxTest', { value: state });
  });
}

function answerNextUpload(page: Page, answer: UploadAnswer): Promise<void> {
  return page.evaluate((next) => {
    (window as unknown as { __outboxTest: { answers: unknown[] } }).__outboxTest.answers.push(next);
  }, answer);
}

function uploads(page: Page): Promise<{ endpoint: string; bytes: number }[]> {
  return page.evaluate(() => (window as unknown as { __outboxTest: { uploads: { endpoint: string; bytes: number }[] } }).__outboxTest.uploads);
}

async function setAddress(page: Page, address: string): Promise<void> {
  await page.getByRole('button', { name: `Set the inbox address of ${ADVISER}` }).click();
  const dialog = page.getByRole('dialog', { name: `Inbox address of ${ADVISER}` });
  await dialog.getByRole('textbox', { name: 'Inbox address' }).fill(address);
  await dialog.getByRole('button', { name: 'Save address' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function addTrustedContact(page: Page, cardText: string): Promise<void> {
  await openScreen(page, '#/contacts', 'Contacts and keys');
  await page.getByRole('textbox', { name: "Text of the contact's card" }).fill(cardText);
  await page.getByRole('button', { name: 'Read the card' }).click();
  await page.getByRole('button', { name: 'Add the contact' }).click();
  const dialog = page.getByRole('dialog', { name: `Compare the fingerprint of ${ADVISER}` });
  await dialog.getByRole('checkbox', { name: 'All 8 groups match what they read out' }).check();
  await dialog.getByRole('button', { name: 'They match: trust this contact' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('the outbox in the browser build', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    await loadApp(session.page);
    await setUpInEnglish(session.page);
    await keepRecoveryCode(session.page);
    await addTrustedContact(session.page, await anAdviserCard());
    await mkdir(ARTIFACTS, { recursive: true });
  }, SLOW_STEP_MS * 2);

  afterAll(async () => {
    await session.close();
  });

  it('says sending needs the desktop app and offers no sending', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
    expect(await page.getByText('Sending over the internet needs the desktop app').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Choose a saved bundle…' }).isDisabled()).toBe(true);
    expect(await page.getByRole('table', { name: 'Bundles waiting, sent and not sent' }).getByText('The outbox is empty.').isVisible()).toBe(true);
  });

  it('refuses an address without https and keeps a valid one, normalised', async () => {
    const { page } = session;
    await page.getByRole('button', { name: `Set the inbox address of ${ADVISER}` }).click();
    const dialog = page.getByRole('dialog', { name: `Inbox address of ${ADVISER}` });
    const field = dialog.getByRole('textbox', { name: 'Inbox address' });
    await field.fill('http://inbox.adviser.example/habeas');
    await dialog.getByRole('button', { name: 'Save address' }).click();
    await dialog.getByText('The address must start with https://', { exact: false }).waitFor();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: resolve(ARTIFACTS, 'outbox-address-error-en.png') });
    await field.fill('HTTPS://Inbox.Adviser.Example:443/habeas');
    await dialog.getByRole('button', { name: 'Save address' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const table = page.getByRole('table', { name: 'Inbox addresses of recipients' });
    await table.getByText('https://inbox.adviser.example/habeas').waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'outbox-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('reads right to left in Arabic, and keeps the address', async () => {
    const { page } = session;
    await openScreen(page, '#/settings', 'Settings');
    await chooseLanguage(page, 'العربية', 'الإعدادات');
    await openScreen(page, '#/outbox', 'صندوق الإرسال');
    await page.getByText('الإرسال عبر الإنترنت يتطلب تطبيق سطح المكتب').waitFor();
    await page.getByRole('table', { name: 'عناوين صناديق الوارد للمستلمين' }).getByText('https://inbox.adviser.example/habeas').waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'outbox-ar.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('produced no console error, page error or CSP violation', () => {
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});

describe('the outbox with the desktop bridge', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    await installDesktopBridge(session);
    await loadApp(session.page);
    await setUpInEnglish(session.page);
    await keepRecoveryCode(session.page);
    await addTrustedContact(session.page, await anAdviserCard());
  }, SLOW_STEP_MS * 2);

  afterAll(async () => {
    await session.close();
  });

  it('sends a saved export: refused once with the reason shown, then sent on "Retry now"', async () => {
    const { page } = session;
    await openScreen(page, '#/outbox', 'Outbox');
    await setAddress(page, 'https://inbox.adviser.example/habeas');
    await openScreen(page, '#/export', 'Export a bundle');
    await page.getByRole('checkbox', { name: ADVISER }).check();
    await page.getByRole('button', { name: 'Prepare the bundle' }).click();
    await page.getByRole('button', { name: 'Save the bundle' }).click();
    await page.getByText(/^Bundle saved as /).waitFor({ timeout: SLOW_STEP_MS });
    await answerNextUpload(page, { status: 'failed', reason: 'rejected', httpStatus: 403 });
    await openScreen(page, '#/outbox', 'Outbox');
    await page.getByRole('button', { name: 'Choose a saved bundle…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send bundle 1' });
    expect(await dialog.getByRole('checkbox', { name: ADVISER }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Put in the outbox' }).click();
    const list = page.getByRole('table', { name: 'Bundles waiting, sent and not sent' });
    await list.getByText('Not sent: needs attention').waitFor();
    await list.getByText(/the inbox refused the bundle/).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'outbox-failed-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    await list.getByRole('button', { name: `Retry bundle 1 to ${ADVISER} now` }).click();
    await list.getByText(/^Sent on /).waitFor();
    expect(await uploads(page)).toEqual([
      { endpoint: 'https://inbox.adviser.example/habeas', bytes: expect.any(Number) as number },
      { endpoint: 'https://inbox.adviser.example/habeas', bytes: expect.any(Number) as number },
    ]);
    await page.screenshot({ path: resolve(ARTIFACTS, 'outbox-sent-en.png'), fullPage: true });
  });

  it('sends a new export straight from the export screen', async () => {
    const { page } = session;
    await openScreen(page, '#/export', 'Export a bundle');
    await page.getByRole('checkbox', { name: ADVISER }).check();
    await page.getByRole('radio', { name: 'Everything' }).check();
    await page.getByRole('button', { name: 'Prepare the bundle' }).click();
    await page.getByRole('button', { name: 'Save the bundle' }).click();
    await page.getByText(/^Bundle saved as /).waitFor({ timeout: SLOW_STEP_MS });
    await page.getByRole('button', { name: `Send to ${ADVISER} now` }).click();
    await page.getByText(`The bundle is in the outbox for ${ADVISER}.`).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'export-send-now-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.getByRole('link', { name: 'Open the outbox' }).click();
    const list = page.getByRole('table', { name: 'Bundles waiting, sent and not sent' });
    await list.getByRole('row', { name: /Bundle 2/ }).getByText(/^Sent on /).waitFor();
    expect(await uploads(page)).toHaveLength(3);
  });

  it('shows the outbox in Arabic', async () => {
    const { page } = session;
    await openScreen(page, '#/settings', 'Settings');
    await chooseLanguage(page, 'العربية', 'الإعدادات');
    await openScreen(page, '#/outbox', 'صندوق الإرسال');
    await page.getByRole('table', { name: 'الحزم المنتظرة والمرسلة وغير المرسلة' }).getByText(/^أُرسلت في /).first().waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'outbox-sent-ar.png'), fullPage: true });
    await openScreen(page, '#/export', 'تصدير حزمة');
    await page.getByRole('checkbox', { name: ADVISER }).check();
    await page.getByRole('radio', { name: 'كل شيء' }).check();
    await page.getByRole('button', { name: 'تحضير الحزمة' }).click();
    await page.getByRole('button', { name: 'حفظ الحزمة' }).click();
    await page.getByRole('button', { name: `أرسل إلى ${ADVISER} الآن` }).waitFor({ timeout: SLOW_STEP_MS });
    await page.screenshot({ path: resolve(ARTIFACTS, 'export-send-now-ar.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
