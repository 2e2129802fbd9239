/** Steps shared by the end-to-end tests, phrased as a user would do them. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

export type AppScreen = { hash: string; heading: string };

/** Deriving a key costs about a second here; setup derives two and measures once. */
export const SLOW_STEP_MS = 60_000;

export type SetupValues = {
  facilityName: string;
  facilityCode: string;
  prefix: string;
  location: string;
  authority: string;
  capacity: string;
  adminName: string;
  passphrase: string;
};

export const ENGLISH_SETUP: SetupValues = {
  facilityName: 'Central Remand Prison',
  facilityCode: 'CRP-01',
  prefix: 'CRP',
  location: 'North District',
  authority: 'Ministry of Justice',
  capacity: '450',
  adminName: 'Amina Haddad',
  passphrase: 'blue river stone lamp',
};

/** Loads the app at `hash` (a full page load: a set-up app then shows its lock screen). */
export async function loadApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`${inject('baseUrl')}${hash}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Goes to a screen without reloading (a reload would lock), as the navigation does. */
export async function openScreen(page: Page, hash: string, heading: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target === '' ? '#/' : target;
  }, hash);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Fills in the English setup wizard from its first step and keeps the recovery code; returns the code. */
export async function setUpInEnglish(page: Page, values: SetupValues = ENGLISH_SETUP): Promise<string> {
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Facility name').fill(values.facilityName);
  await page.getByLabel('Facility code').fill(values.facilityCode);
  await page.getByLabel('Register number prefix').fill(values.prefix);
  await page.getByLabel('Location', { exact: true }).fill(values.location);
  await page.getByLabel('Responsible authority').fill(values.authority);
  await page.getByLabel('Official capacity').fill(values.capacity);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel("Administrator's full name").fill(values.adminName);
  await page.getByLabel("Administrator's passphrase").fill(values.passphrase);
  await page.getByLabel('Type the passphrase again').fill(values.passphrase);
  await page.getByRole('button', { name: 'Create the register' }).click();
  await page.getByRole('heading', { level: 1, name: 'Keep the recovery code' }).waitFor({ timeout: SLOW_STEP_MS });
  return recoveryCodeShown(page);
}

/** The recovery code on the screen, groups joined with dashes. */
export async function recoveryCodeShown(page: Page): Promise<string> {
  return (await page.locator('.recovery-code-group').allTextContents()).join('-');
}

/** Confirms the English recovery code screen and waits for the overview. */
export async function keepRecoveryCode(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'I have written down or printed the recovery code' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
}

/** Unlocks from the English lock screen with `passphrase`. */
export async function unlockInEnglish(page: Page, passphrase: string = ENGLISH_SETUP.passphrase): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ timeout: SLOW_STEP_MS });
}

export async function chooseLanguage(page: Page, nativeName: string, settingsHeading: string): Promise<void> {
  await page.getByRole('radio', { name: nativeName }).check();
  await page.getByRole('heading', { level: 1, name: settingsHeading }).waitFor();
}

export function documentLocale(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

export type AxeFinding = { id: string; impact: string; help: string; targets: string[] };

/** Serious and critical WCAG 2.x A/AA findings; moderate ones are left to review. */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/**
 * Adds a user from the English Users screen (the signed-in user must be an administrator)
 * and waits until they are listed. `role` is the role's English label.
 */
export async function addUserInEnglish(page: Page, name: string, passphrase: string, role = 'Registrar'): Promise<void> {
  await openScreen(page, '#/users', 'Users');
  await page.getByLabel('Full name', { exact: true }).fill(name);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: role });
  await page.getByLabel('Their passphrase').fill(passphrase);
  await page.getByLabel('Type the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Add the user' }).click();
  await page.getByRole('rowheader', { name }).waitFor({ timeout: SLOW_STEP_MS });
}
