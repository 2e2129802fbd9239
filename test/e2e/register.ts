/**
 * Steps on the detainee register shared by the end-to-end tests, phrased as a registrar
 * would do them: admitting a person through the admission form, in any interface
 * language (labels are read from the catalogues, so the steps follow the wording).
 */
import type { Locator, Page } from 'playwright-core';
import admissionAr from '../../renderer/features/admission/locales/ar.json';
import admissionEn from '../../renderer/features/admission/locales/en.json';
import admissionFr from '../../renderer/features/admission/locales/fr.json';
import custodyAr from '../../renderer/features/custody/locales/ar.json';
import custodyEn from '../../renderer/features/custody/locales/en.json';
import custodyFr from '../../renderer/features/custody/locales/fr.json';
import { openScreen } from './app';

export type InterfaceLanguage = 'en' | 'fr' | 'ar';

/** A local date (`YYYY-MM-DD`) and time (`hh:mm`) as the facility's clock shows them. */
export type WallClock = { date: string; time: string };

/** What to type; anything left out stays unanswered (an urgent admission records it as a gap). */
export type AdmissionValues = {
  familyName?: string;
  givenNames?: string;
  familyNameLatin?: string;
  givenNamesLatin?: string;
  birth?: { day?: string; month?: string; year: string };
  estimatedAge?: string;
  arrestedAt?: WallClock;
  /** Replaces the admission time the form proposes (now). */
  admittedAt?: WallClock;
};

/** The words of the register screens in one language, straight from the catalogues. */
export function registerWords(language: InterfaceLanguage) {
  const words = { en: { admission: admissionEn, custody: custodyEn }, fr: { admission: admissionFr, custody: custodyFr }, ar: { admission: admissionAr, custody: custodyAr } };
  return words[language];
}

const fill = (template: string, field: string): string => template.replace('{{field}}', field);

/** The local date `days` from today where the browser runs (the facility's zone in these tests). */
export function localDate(page: Page, days = 0): Promise<string> {
  return page.evaluate((offset) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA'), days);
}

/** Opens the admission form (the draft in progress, or a new one). */
export async function openAdmission(page: Page, language: InterfaceLanguage = 'en'): Promise<void> {
  const { admission } = registerWords(language);
  await openScreen(page, '#/register/admit', admission.title);
  await page.getByRole('navigation', { name: admission.sections.label }).waitFor();
}

/** Opens a step of the form by its title. */
export async function openAdmissionStep(page: Page, title: string, language: InterfaceLanguage = 'en'): Promise<void> {
  const { admission } = registerWords(language);
  const nav = page.getByRole('navigation', { name: admission.sections.label });
  await nav.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

async function typeDateTime(page: Page, field: string, value: WallClock, language: InterfaceLanguage): Promise<void> {
  const { admission } = registerWords(language);
  await page.getByRole('textbox', { name: fill(admission.dateTime.date, field), exact: true }).fill(value.date);
  await page.getByRole('textbox', { name: fill(admission.dateTime.time, field), exact: true }).fill(value.time);
}

async function typeIdentity(page: Page, values: AdmissionValues, language: InterfaceLanguage): Promise<void> {
  const { admission, custody } = registerWords(language);
  const names: [keyof typeof custody.field.identity, string | undefined][] = [
    ['familyName', values.familyName],
    ['givenNames', values.givenNames],
    ['familyNameLatin', values.familyNameLatin],
    ['givenNamesLatin', values.givenNamesLatin],
    ['estimatedAgeYears', values.estimatedAge],
  ];
  for (const [field, text] of names) {
    if (text !== undefined) await page.getByRole('textbox', { name: custody.field.identity[field], exact: true }).fill(text);
  }
  const birth = values.birth;
  if (birth === undefined) return;
  const field = custody.field.identity.dateOfBirth;
  const parts: [string, string | undefined][] = [[admission.partialDate.day, birth.day], [admission.partialDate.month, birth.month], [admission.partialDate.year, birth.year]];
  for (const [template, text] of parts) {
    if (text !== undefined) await page.getByRole('textbox', { name: fill(template, field), exact: true }).fill(text);
  }
}

/** Types the values into the form, step by step; the form must be open. */
export async function fillAdmission(page: Page, values: AdmissionValues, language: InterfaceLanguage = 'en'): Promise<void> {
  const { custody } = registerWords(language);
  await openAdmissionStep(page, custody.section.identity, language);
  await typeIdentity(page, values, language);
  if (values.arrestedAt !== undefined) {
    await openAdmissionStep(page, custody.section.arrest, language);
    await typeDateTime(page, custody.field.arrest.at, values.arrestedAt, language);
  }
  if (values.admittedAt !== undefined) {
    await openAdmissionStep(page, custody.section.admission, language);
    await typeDateTime(page, custody.field.admission.at, values.admittedAt, language);
  }
}

/** The button that writes the admission, on the review step (opened if needed). */
export async function admitButton(page: Page, language: InterfaceLanguage = 'en'): Promise<Locator> {
  const { admission } = registerWords(language);
  await openAdmissionStep(page, admission.review.title, language);
  return page.getByRole('button', { name: admission.review.admit, exact: true });
}

export type Admission = { registerNumber: string; recordHash: string };

/**
 * Admits the person the form describes and returns the register number the confirmation
 * shows; then opens the record (`#/register/<recordId>`) unless asked to stay.
 */
export async function submitAdmission(page: Page, language: InterfaceLanguage = 'en', then: 'open-record' | 'stay' = 'open-record'): Promise<Admission> {
  const { admission } = registerWords(language);
  await (await admitButton(page, language)).click();
  const dialog = page.getByRole('dialog', { name: admission.admitted.title });
  const registerNumber = (await dialog.locator('.register-number').textContent()) ?? '';
  if (then === 'stay') {
    await dialog.getByRole('button', { name: admission.admitted.another }).click();
    return { registerNumber, recordHash: '' };
  }
  await dialog.getByRole('button', { name: admission.admitted.openRecord }).click();
  await page.waitForFunction(() => /^#\/register\/(?!admit)[^/]+$/.test(window.location.hash));
  return { registerNumber, recordHash: await page.evaluate(() => window.location.hash) };
}

/** Opens the admission form, types the values and admits the person. */
export async function admitPerson(page: Page, values: AdmissionValues, language: InterfaceLanguage = 'en'): Promise<Admission> {
  await openAdmission(page, language);
  await fillAdmission(page, values, language);
  return submitAdmission(page, language);
}
