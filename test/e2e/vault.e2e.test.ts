/**
 * The vault end to end, in Arabic as a registrar would meet it: first-run setup, a second
 * user, lock and unlock (a wrong passphrase first), a reload, the forensic check that no
 * name reaches storage in plaintext, recovery with the printed code, and a second tab
 * that must not become a second writer.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadApp, recoveryCodeShown, SLOW_STEP_MS } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';
import { scanStorageFor } from './rawStorage';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const CANARY = 'Qz7Canary';
const FACILITY = `سجن الكناري ${CANARY} المركزي`;
const LOCATION = `${CANARY}-Location, حي الزيتون`;
const ADMIN = `أمينة ${CANARY}-Admin`;
const REGISTRAR = `كريم ${CANARY}-Registrar`;
const ADMIN_PASSPHRASE = 'نهر أزرق وحجر ومصباح';
const REGISTRAR_PASSPHRASE = 'green field quiet morning';
const NEW_PASSPHRASE = 'lantern harbour evening tide';

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, name), fullPage: true });
}

async function fillFacilityInArabic(page: Page): Promise<void> {
  await page.getByLabel('اسم مكان الاحتجاز').fill(FACILITY);
  await page.getByLabel('رمز المكان').fill('SK-07');
  await page.getByLabel('بادئة أرقام السجل').fill('SK');
  await page.getByLabel('الموقع', { exact: true }).fill(LOCATION);
  await page.getByLabel('الجهة المسؤولة').fill('وزارة العدل');
  await page.getByLabel('الطاقة الاستيعابية الرسمية').fill('٤٥٠');
}

async function unlockInArabic(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('عبارة المرور', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'فتح القفل', exact: true }).click();
}

async function lockInArabic(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'قفل', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Habeas مقفل' }).waitFor();
}

describe('the vault in Arabic', () => {
  let session: BrowserSession;
  let recoveryCode = '';

  beforeAll(async () => {
    session = await openBrowser();
    await loadApp(session.page);
  });

  afterAll(async () => {
    await session.close();
  });

  it('sets up in Arabic from the first screen: language, facility, administrator, recovery code', async () => {
    const { page } = session;
    await page.getByRole('radio', { name: 'العربية' }).check();
    await page.getByRole('heading', { level: 1, name: 'إعداد Habeas' }).waitFor();
    await page.getByRole('button', { name: 'التالي' }).click();
    await fillFacilityInArabic(page);
    await shot(page, 'setup-ar-facility.png');
    await page.getByRole('button', { name: 'التالي' }).click();
    await page.getByLabel('الاسم الكامل للمسؤول').fill(ADMIN);
    await page.getByLabel('عبارة مرور المسؤول').fill(ADMIN_PASSPHRASE);
    await page.getByLabel('أعد كتابة عبارة المرور').fill(ADMIN_PASSPHRASE);
    await shot(page, 'setup-ar-admin.png');
    await page.getByRole('button', { name: 'إنشاء السجل' }).click();
    await page.getByRole('heading', { level: 1, name: 'احتفظ برمز الاسترداد' }).waitFor({ timeout: SLOW_STEP_MS });
    recoveryCode = await recoveryCodeShown(page);
    expect(recoveryCode).toMatch(/^([0-9A-Z]{5}-){5}[0-9A-Z]{5}$/);
    await shot(page, 'setup-ar-recovery-code.png');
    await page.getByRole('checkbox', { name: 'كتبتُ رمز الاسترداد أو طبعته' }).check();
    await page.getByRole('button', { name: 'متابعة' }).click();
    await page.getByRole('heading', { level: 1, name: 'نظرة عامة' }).waitFor();
    expect(await page.getByRole('banner').getByText(ADMIN).isVisible()).toBe(true);
  }, SLOW_STEP_MS * 2);

  it('adds a second user, who then unlocks with their own passphrase after a wrong one is refused', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'المستخدمون' }).click();
    await page.getByLabel('الاسم الكامل', { exact: true }).fill(REGISTRAR);
    await page.getByLabel('عبارة المرور الخاصة به').fill(REGISTRAR_PASSPHRASE);
    await page.getByLabel('أعد كتابة عبارة المرور').fill(REGISTRAR_PASSPHRASE);
    await page.getByRole('button', { name: 'إضافة المستخدم' }).click();
    await page.getByRole('rowheader', { name: REGISTRAR }).waitFor({ timeout: SLOW_STEP_MS });
    await lockInArabic(page);
    await unlockInArabic(page, 'this is not a passphrase of anyone');
    await page.getByText('لم تفتح عبارة المرور هذه Habeas', { exact: false }).waitFor({ timeout: SLOW_STEP_MS });
    await shot(page, 'lock-ar-wrong-passphrase.png');
    await unlockInArabic(page, REGISTRAR_PASSPHRASE);
    await page.getByRole('banner').getByText(REGISTRAR).waitFor({ timeout: SLOW_STEP_MS });
    expect(await page.getByRole('banner').getByText('أمين السجل').isVisible()).toBe(true);
  }, SLOW_STEP_MS * 2);

  it('keeps everything across a reload, which locks', async () => {
    const { page } = session;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Habeas مقفل' }).waitFor();
    await shot(page, 'lock-ar.png');
    await unlockInArabic(page, ADMIN_PASSPHRASE);
    await page.getByRole('banner').getByText(ADMIN).waitFor({ timeout: SLOW_STEP_MS });
    await page.evaluate(() => { window.location.hash = '#/audit'; });
    await page.getByRole('heading', { level: 1, name: 'سجل التدقيق' }).waitFor();
    await page.getByText('يُعرض 3 أحداث من أصل 3.').waitFor();
    // What an event changed is decrypted after its row appears.
    await expect.poll(() => page.getByText(`${REGISTRAR}، أمين السجل`).isVisible()).toBe(true);
    await page.getByText('السلسلة سليمة').first().waitFor();
  }, SLOW_STEP_MS * 2);

  it('stores no name, place or passphrase in plaintext, UTF-16 or merely deflated form', async () => {
    const { page } = session;
    await lockInArabic(page);
    const canaries = [CANARY, 'الكناري', 'أمينة', 'كريم', 'الزيتون', ADMIN_PASSPHRASE, REGISTRAR_PASSPHRASE];
    await page.evaluate(async () => {
      sessionStorage.setItem('control', 'POSITIVE-CONTROL-TEXT');
      const deflated = new Response(new Blob(['POSITIVE-CONTROL-DEFLATED']).stream().pipeThrough(new CompressionStream('deflate-raw')));
      const bytes = new Uint8Array(await deflated.arrayBuffer());
      await new Promise<void>((done) => {
        const open = indexedDB.open('forensic-control');
        open.onupgradeneeded = () => { open.result.createObjectStore('rows'); };
        open.onsuccess = () => {
          const tx = open.result.transaction('rows', 'readwrite');
          tx.objectStore('rows').put({ body: bytes }, 1);
          tx.oncomplete = () => { open.result.close(); done(); };
        };
      });
    });
    const control = await scanStorageFor(page, ['POSITIVE-CONTROL-TEXT', 'POSITIVE-CONTROL-DEFLATED']);
    expect(control.hits).toEqual(['POSITIVE-CONTROL-TEXT (text)', 'POSITIVE-CONTROL-DEFLATED (inflated)']);
    await page.evaluate(async () => {
      sessionStorage.removeItem('control');
      await new Promise((done) => { indexedDB.deleteDatabase('forensic-control').onsuccess = done; });
    });
    const scan = await scanStorageFor(page, canaries);
    expect(scan.byteArrays).toBeGreaterThan(0);
    expect(scan.hits).toEqual([]);
  }, SLOW_STEP_MS);

  it('recovers with the printed code, forces a new passphrase, and then only the new one opens', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'استخدام رمز الاسترداد' }).click();
    await page.getByLabel('رمز الاسترداد', { exact: true }).fill(recoveryCode.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'فتح القفل بهذا الرمز' }).click();
    await page.getByRole('heading', { level: 1, name: 'اختر عبارة مرور جديدة' }).waitFor({ timeout: SLOW_STEP_MS });
    await page.getByRole('radio', { name: `${ADMIN} — بصفة مسؤول` }).check();
    await page.getByLabel('عبارة المرور الجديدة').fill(NEW_PASSPHRASE);
    await page.getByLabel('أعد كتابة عبارة المرور').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'حفظ عبارة المرور والمتابعة' }).click();
    await page.getByRole('banner').getByText(ADMIN).waitFor({ timeout: SLOW_STEP_MS });
    await lockInArabic(page);
    await unlockInArabic(page, ADMIN_PASSPHRASE);
    await page.getByText('لم تفتح عبارة المرور هذه Habeas', { exact: false }).waitFor({ timeout: SLOW_STEP_MS });
    await unlockInArabic(page, NEW_PASSPHRASE);
    await page.getByRole('banner').getByText(ADMIN).waitFor({ timeout: SLOW_STEP_MS });
  }, SLOW_STEP_MS * 2);

  it('tells a second tab that Habeas is already open, instead of letting it write', async () => {
    const second = await session.context.newPage();
    await second.goto(inject('baseUrl'));
    await second.getByRole('heading', { level: 1, name: 'Habeas مفتوح بالفعل' }).waitFor();
    expect(await second.getByLabel('عبارة المرور', { exact: true }).count()).toBe(0);
    await second.close();
  }, SLOW_STEP_MS);

  it('reported no console errors, page errors or CSP violations', () => {
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
