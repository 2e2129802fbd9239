/**
 * Person matching end to end: two facilities made with `habeas make-demo --network` are
 * imported into an adviser's installation; the administrator also registers there, in Latin
 * letters only, a person whom North Prison wrote in Arabic script only. The adviser finds that
 * cross-script pair among the proposals with its reasons, confirms it with a note, opens the
 * person's linked history across both registers, and withdraws the link; also in Arabic.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { custodyEventRegistry } from '../../shared/custody/eventTypes';
import type { AdmissionPayload } from '../../shared/custody/events/admission';
import { buildDemoLedger } from '../../shared/custody/synthetic/demoLedger';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from '../../shared/custody/synthetic/namePools';
import { accessEventRegistry } from '../../shared/ledger/accessEventTypes';
import { coreEventRegistry } from '../../shared/ledger/coreEventTypes';
import { mergeEventRegistries } from '../../shared/ledger/registry';
import { addUserInEnglish, ENGLISH_SETUP, keepRecoveryCode, loadApp, openScreen, seriousAxeFindings, setUpInEnglish, SLOW_STEP_MS, unlockInEnglish } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';
import { buildCli, importNetwork, makeScratch, NETWORK_DETAINEES, networkNow, NORTH, SOUTH } from './bundles';
import { admitPerson } from './register';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const OFFICE = 'Adviser Office';
const SETUP = { ...ENGLISH_SETUP, facilityName: OFFICE, facilityCode: 'ADV-01', prefix: 'ADV', capacity: '10', adminName: 'Jean Dupont', passphrase: 'green window cedar harbour' };
const ADVISER = 'Maria Rossi';
const ADVISER_PASSPHRASE = 'amber coast willow signal';

const scratch = makeScratch('matching');
const now = networkNow();

type Written = { givenLatin: string; familyLatin: string; birth: string };

function latinOf(arabic: string): string | undefined {
  return [...MALE_NAMES, ...FEMALE_NAMES, ...FAMILY_NAMES].find((entry) => entry[0] === arabic)?.[1];
}

function valueOf(known: unknown): string | undefined {
  return typeof known === 'object' && known !== null && 'value' in known && typeof known.value === 'string' ? known.value : undefined;
}

/**
 * A person North Prison's bundle writes in Arabic script only, with a full date of birth,
 * and a Latin spelling of their names: the same generator, seed and present as make-demo.
 */
function arabicOnlyPersonOfNorth(): Written {
  const registry = mergeEventRegistries(coreEventRegistry, accessEventRegistry, custodyEventRegistry);
  const ledger = buildDemoLedger({ detainees: NETWORK_DETAINEES, seed: 'habeas-demo', now, facility: NORTH, signingPublicKey: new Uint8Array(32).fill(7), registry, network: { facilities: [NORTH, SOUTH], lostTransfers: 1 } });
  for (const event of ledger.events) {
    if (event.type !== 'custody.admitted') continue;
    const { identity } = event.payload as unknown as AdmissionPayload;
    const [given, family, birth] = [valueOf(identity.givenNames), valueOf(identity.familyName), valueOf(identity.dateOfBirth)];
    if (valueOf(identity.familyNameLatin) !== undefined || given === undefined || family === undefined || birth?.length !== 10) continue;
    const [givenLatin, familyLatin] = [latinOf(given), latinOf(family)];
    if (givenLatin !== undefined && familyLatin !== undefined) return { givenLatin, familyLatin, birth };
  }
  throw new Error('North Prison writes nobody in Arabic script only: choose another seed');
}

/** The proposed pair of the office's record and North Prison's (the person may have been transferred to South too). */
function officeAndNorth(page: Page): Locator {
  return page.getByRole('article').filter({ hasText: 'ADV-000001' }).filter({ hasText: NORTH });
}

describe('person matching across facilities and scripts', () => {
  let session: BrowserSession;
  let person: Written;

  beforeAll(async () => {
    const building = buildCli(scratch);
    person = arabicOnlyPersonOfNorth();
    session = await openBrowser();
    const { page } = session;
    await loadApp(page);
    await setUpInEnglish(page, SETUP);
    await keepRecoveryCode(page);
    await building;
    await importNetwork(page, scratch, now);
    const [year = '', month = '', day = ''] = person.birth.split('-');
    await admitPerson(page, { givenNamesLatin: person.givenLatin, familyNameLatin: person.familyLatin, birth: { year, month, day } });
    await addUserInEnglish(page, ADVISER, ADVISER_PASSPHRASE, 'Adviser');
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Habeas is locked' }).waitFor();
    await unlockInEnglish(page, ADVISER_PASSPHRASE);
  }, 4 * SLOW_STEP_MS);

  afterAll(async () => {
    await session.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('proposes the cross-script pair with its reasons and confirms it with a note', async () => {
    const { page } = session;
    const workers: string[] = [];
    page.on('worker', (worker) => { workers.push(worker.url()); });
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Person matching' }).click();
    await page.getByRole('heading', { level: 1, name: 'Person matching' }).waitFor();
    const pair = officeAndNorth(page);
    // The pairs are found off the UI thread, in a worker loaded from the app itself (CSP worker-src 'self').
    await pair.waitFor();
    expect(workers.some((url) => /\/assets\/candidates\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    const officePairs = await page.getByRole('article').filter({ hasText: 'ADV-000001' }).count();
    const reasons = pair.getByRole('list', { name: 'What matched and what did not' });
    expect(await reasons.textContent()).toContain('For: The names match across Arabic and Latin script.');
    expect(await reasons.textContent()).toContain('For: The date of birth is the same.');
    await page.screenshot({ path: resolve(ARTIFACTS, 'matching-candidates-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
    await pair.getByRole('button', { name: 'Same person…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirm: the same person' });
    await dialog.getByRole('textbox', { name: /Note/ }).fill('Same date of birth; the office spelled the name from a transfer order.');
    await dialog.getByRole('button', { name: 'Confirm: same person' }).click();
    const decided = page.getByRole('table', { name: 'Pairs confirmed or rejected, newest first' });
    await decided.getByRole('rowheader', { name: /ADV-000001/ }).waitFor();
    expect(await decided.textContent()).toContain('Same person');
    expect(await officeAndNorth(page).count()).toBe(0);
    expect(await page.getByRole('article').filter({ hasText: 'ADV-000001' }).count()).toBe(officePairs - 1);
  });

  it('shows the linked history across both registers, each record one click away', async () => {
    const { page } = session;
    await page.getByRole('link', { name: /^Linked history of .*ADV-000001/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Linked records of one person' }).waitFor();
    const records = page.getByRole('table', { name: 'Records linked as one person, first admission first' });
    expect(await records.getByRole('row').count()).toBe(3);
    expect(await records.textContent()).toContain(NORTH);
    expect(await records.textContent()).toContain(OFFICE);
    for (const link of await records.getByRole('link').all()) expect(await link.getAttribute('href')).toMatch(/^#\/register\/[0-9a-f-]{36}$/);
    const history = page.getByRole('table', { name: 'Events of the linked records across facilities, oldest first' });
    expect(await history.getByRole('row').count()).toBeGreaterThan(3);
    await page.screenshot({ path: resolve(ARTIFACTS, 'matching-linked-en.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('withdraws the link: the pair is proposed again', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Back to person matching' }).click();
    await page.getByRole('button', { name: /^Withdraw the decision on .*ADV-000001/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw the decision' });
    await dialog.getByRole('button', { name: 'Withdraw the decision' }).click();
    await page.getByText('No decision yet.').waitFor();
    await officeAndNorth(page).waitFor();
  });

  it('reads in Arabic, right to left', async () => {
    const { page } = session;
    await openScreen(page, '#/settings', 'Settings');
    await page.getByRole('radio', { name: 'العربية' }).check();
    await openScreen(page, '#/matching', 'مطابقة الأشخاص');
    await officeAndNorth(page).getByText('الأسماء متطابقة بين الكتابة العربية والكتابة اللاتينية.').waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'matching-candidates-ar.png'), fullPage: true });
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('reported no console errors, page errors or CSP violations', () => {
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
