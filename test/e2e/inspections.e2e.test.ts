/**
 * Inspections in Chromium, as a supervisor would do them: an inspection whose measurements
 * breach the ICRC floor space, a corrective action taken from overdue to done, a second
 * inspection compared with the first and charted, and a malformed checklist refused.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepRecoveryCode, loadApp, openScreen, seriousAxeFindings, setUpInEnglish, SLOW_STEP_MS, unlockInEnglish } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';

const SUPERVISOR = 'Samir Aziz';
const SUPERVISOR_PASSPHRASE = 'quiet harbour seven lanterns';
const FLOOR_SPACE_ITEM = 'Floor space per person in dormitories meets the minimum';
const FLOOR_SPACE_INDICATOR = 'Floor space per person, dormitories';

/** The administrator adds a supervisor (inspections are theirs to run), locks, and the supervisor unlocks. */
async function signInAsSupervisor(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).click();
  await page.getByLabel('Full name', { exact: true }).fill(SUPERVISOR);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Supervisor' });
  await page.getByLabel('Their passphrase').fill(SUPERVISOR_PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(SUPERVISOR_PASSPHRASE);
  await page.getByRole('button', { name: 'Add the user' }).click();
  await page.getByRole('rowheader', { name: SUPERVISOR }).waitFor({ timeout: SLOW_STEP_MS });
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Habeas is locked' }).waitFor();
  await unlockInEnglish(page, SUPERVISOR_PASSPHRASE);
}

/** Starts an inspection and measures one dormitory of `area` m² holding `people`. */
async function startWithDormitory(page: Page, area: string, people: string): Promise<void> {
  await openScreen(page, '#/inspections', 'Inspections of conditions');
  await page.getByRole('button', { name: 'Start the inspection' }).click();
  await page.getByRole('heading', { level: 2, name: 'Rooms and measurements' }).waitFor();
  await page.getByRole('button', { name: 'Add a room or unit' }).click();
  await page.getByLabel('Floor area', { exact: true }).fill(area);
  await page.getByLabel('People present', { exact: true }).fill(people);
  await page.getByLabel('Working toilets', { exact: true }).fill('1');
}

function indicatorRow(page: Page, caption: string, indicator: string) {
  return page.getByRole('table', { name: caption }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: indicator, exact: true }) });
}

async function rateFloorSpace(page: Page, rating: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Steps of the inspection' }).getByRole('button', { name: /^Accommodation/ }).click();
  await page.getByRole('group', { name: FLOOR_SPACE_ITEM }).getByRole('radio', { name: rating, exact: true }).check();
}

async function finish(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Steps of the inspection' }).getByRole('button', { name: /^Review and finish/ }).click();
  await page.getByRole('button', { name: 'Finish and record the inspection' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inspection', exact: true }).waitFor();
}

describe('inspections in Chromium', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    await loadApp(session.page);
    await setUpInEnglish(session.page);
    await keepRecoveryCode(session.page);
    await signInAsSupervisor(session.page);
  }, SLOW_STEP_MS * 3);

  afterAll(async () => {
    await session.close();
  });

  it('shows a breach of the ICRC 3.4 m² live, and records it with the inspection', async () => {
    const { page } = session;
    await startWithDormitory(page, '20', '10');
    const live = indicatorRow(page, 'Indicators for the facility', FLOOR_SPACE_INDICATOR);
    expect(await live.getByRole('cell').allTextContents()).toEqual([
      expect.stringMatching(/^2\sm² per person/),
      expect.stringMatching(/^at least 3\.4\sm² per personICRC-WASH12/),
      '✕Below the standard',
    ]);
    await page.screenshot({ path: 'test/e2e/artifacts/inspections-measurements.png', fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText(/^Draft saved and encrypted at /).waitFor();
    await rateFloorSpace(page, 'Not compliant');
    await finish(page);
    await page.screenshot({ path: 'test/e2e/artifacts/inspections-detail.png', fullPage: true });
    const recorded = indicatorRow(page, 'Indicators for the facility', FLOOR_SPACE_INDICATOR);
    expect(await recorded.textContent()).toMatch(/2\sm² per person.*at least 3\.4.*ICRC-WASH12.*Below the standard/);
    expect(await page.getByText(FLOOR_SPACE_ITEM).count()).toBeGreaterThan(0);
  });

  it('takes a corrective action from overdue to done', async () => {
    const { page } = session;
    await page.getByRole('button', { name: `Open a corrective action: ${FLOOR_SPACE_ITEM}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a corrective action' });
    await dialog.getByLabel('What must change').fill('Move five people to the new wing until dormitory A is extended.');
    await dialog.getByLabel('Responsible', { exact: true }).fill('Facility director');
    await dialog.getByLabel('Due date').fill('2020-01-31');
    await dialog.getByRole('button', { name: 'Open the action' }).click();
    await page.getByText('Corrective action opened.').waitFor();

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Corrective actions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Corrective actions' }).waitFor();
    const overdue = page.getByRole('table', { name: 'Overdue actions: 1' });
    expect(await overdue.getByRole('rowheader').allTextContents()).toEqual(['Move five people to the new wing until dormitory A is extended.']);
    await overdue.getByRole('button', { name: 'Mark as done' }).click();
    const closing = page.getByRole('dialog', { name: 'Mark the action as done' });
    await closing.getByRole('button', { name: 'Close the action' }).click();
    expect(await closing.getByText('This cannot be left empty.').isVisible()).toBe(true);
    await closing.getByLabel('How it was verified').fill('Seen on site: 10 people in dormitory A.');
    await closing.getByRole('button', { name: 'Close the action' }).click();
    await page.getByRole('table', { name: 'Overdue actions: 0' }).waitFor();
    expect(await page.getByRole('table', { name: 'Overdue actions: 0' }).getByText('No action.').isVisible()).toBe(true);
  });

  it('compares a second inspection with the first and charts both', async () => {
    const { page } = session;
    await startWithDormitory(page, '40', '10');
    await rateFloorSpace(page, 'Compliant');
    await finish(page);
    await page.getByRole('link', { name: 'Compare with the previous inspection' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare inspections' }).waitFor();
    await page.screenshot({ path: 'test/e2e/artifacts/inspections-compare.png', fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    const items = page.getByRole('table', { name: /^Items: / });
    const floorItem = items.getByRole('row').filter({ has: page.getByRole('rowheader', { name: FLOOR_SPACE_ITEM }) });
    expect(await floorItem.getByRole('cell').allTextContents()).toEqual(['Accommodation', 'Not compliant', 'Compliant', '▲ Improved']);
    const floorIndicator = indicatorRow(page, 'Measured indicators, earlier and later', FLOOR_SPACE_INDICATOR);
    expect(await floorIndicator.textContent()).toContain('Improved');

    await page.getByRole('navigation', { name: 'Inspection views' }).getByRole('link', { name: 'Trends' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trends' }).waitFor();
    await page.screenshot({ path: 'test/e2e/artifacts/inspections-trends.png', fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    const indicatorFigure = page.getByRole('figure', { name: `${FLOOR_SPACE_INDICATOR} by inspection, against the standard` });
    expect(await indicatorFigure.getByRole('table').getByRole('row').count()).toBe(3);
    // The chart is drawn once its container is measured, after the table beside it.
    await expect.poll(() => indicatorFigure.locator('.recharts-line-dot').count()).toBe(2);
    expect(await indicatorFigure.getByRole('table').textContent()).toMatch(/2\sm² per person.*4\sm² per person/);
  });

  it('refuses a malformed checklist with located errors and records nothing', async () => {
    const { page } = session;
    await openScreen(page, '#/inspections?view=templates', 'Checklists');
    const held = page.getByRole('table', { name: 'Checklists available for inspections' });
    expect(await held.getByRole('rowheader').count()).toBe(1);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a checklist file…' }).click();
    const malformed = { id: 'org.bad', version: 1, title: { en: 'Bad', fr: 'Mauvaise', ar: 'سيئة' }, sections: [{ id: 'water', category: 'water', title: { en: 'W', fr: 'E', ar: 'م' }, items: [{ id: 'water.x', kind: 'nmber', label: { en: 'x', fr: 'x', ar: 'س' }, source: [] }] }] };
    await (await chooser).setFiles({ name: 'bad-checklist.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(malformed)) });
    const alert = page.getByRole('alert').filter({ hasText: 'bad-checklist.json cannot be imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Nothing was recorded');
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^\$\.sections\[0\]\.items\[0\]\.kind This value is not allowed\. Use one of: assessment, number, count, text\.$/),
      expect.stringMatching(/^\$\.sections\[0\]\.items\[0\]\.source Too few entries here \(at least 1\)\.$/),
    ]);
    expect(await page.getByRole('button', { name: 'Record this checklist' }).count()).toBe(0);
    expect(await held.getByRole('rowheader').count()).toBe(1);
    await page.screenshot({ path: 'test/e2e/artifacts/inspections-template-refused.png', fullPage: true });
  });

  it('reported no console errors, page errors or CSP violations', () => {
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
