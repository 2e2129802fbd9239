/** Steps shared by the end-to-end tests, phrased as a user would do them. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

export type AppScreen = { hash: string; heading: string };

export async function openScreen(page: Page, hash: string, heading: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}${hash}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
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
