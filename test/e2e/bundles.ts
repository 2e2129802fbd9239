/**
 * Steps shared by the end-to-end tests that import facility bundles: the command-line tool
 * is built once per file into a scratch directory, makes the two facilities of a network
 * (`habeas make-demo --network`, one transfer lost) addressed to the app's own card, and the
 * app trusts both senders and imports both bundles, as an adviser would.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { ENGLISH_SETUP, keepRecoveryCode, loadApp, openScreen, setUpInEnglish, SLOW_STEP_MS } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';

const ROOT = resolve(import.meta.dirname, '../..');

export const NORTH = 'North Prison';
export const SOUTH = 'South Remand Centre';
/** Detainees of each facility made by make-demo. */
export const NETWORK_DETAINEES = 20;

/** A scratch directory for one test file's tool and bundles. */
export function makeScratch(name: string): string {
  return mkdtempSync(join(tmpdir(), `habeas-e2e-${name}-`));
}

/** Builds the command-line tool into `scratch` (start it early: it runs while the browser sets up). */
export async function buildCli(scratch: string): Promise<void> {
  const cliOut = join(scratch, 'build');
  await build({ configFile: join(ROOT, 'cli/vite.config.ts'), logLevel: 'silent', build: { outDir: cliOut, emptyOutDir: true } });
  copyFileSync(join(cliOut, 'habeas.mjs'), join(scratch, 'habeas.mjs'));
}

/** Runs the built command-line tool in the scratch directory; fails the test if it fails. */
export function habeas(scratch: string, ...argv: string[]): string {
  const run = spawnSync(process.execPath, [join(scratch, 'habeas.mjs'), ...argv], { cwd: scratch, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`habeas ${argv[0] ?? ''} failed: ${run.stderr}`);
  return run.stdout;
}

/** The demo's present: a whole minute, a minute ago, the same for both facilities. */
export function networkNow(): Date {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000);
}

/** Both facilities' bundles (`north.habeas`, `south.habeas`), made for the adviser's card. */
export function makeNetwork(scratch: string, adviserCard: string, now: Date): void {
  writeFileSync(join(scratch, 'adviser.habeas-card'), adviserCard);
  for (const [dir, name] of [['north', NORTH], ['south', SOUTH]] as const) {
    habeas(scratch, 'keygen', '--out', dir, '--facility', name);
    habeas(scratch, 'make-demo', '--detainees', String(NETWORK_DETAINEES), '--out', `${dir}.habeas`, '--identity', dir, '--to', 'adviser.habeas-card', '--now', now.toISOString(), '--network', NORTH, '--network', SOUTH, '--lost-transfers', '1');
  }
}

/** Adds a facility's card as a contact and trusts it after comparing the fingerprint. */
export async function addAndTrust(page: Page, scratch: string, cardFile: string, facility: string): Promise<void> {
  await openScreen(page, '#/contacts', 'Contacts and keys');
  await page.getByRole('textbox', { name: "Text of the contact's card" }).fill(readFileSync(join(scratch, cardFile), 'utf8').trim());
  await page.getByRole('button', { name: 'Read the card' }).click();
  await page.getByRole('button', { name: 'Add the contact' }).click();
  const dialog = page.getByRole('dialog', { name: `Compare the fingerprint of ${facility}` });
  await dialog.getByRole('checkbox', { name: 'All 8 groups match what they read out' }).check();
  await dialog.getByRole('button', { name: 'They match: trust this contact' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('row', { name: new RegExp(facility) }).getByText('Trusted').waitFor();
}

/** Makes both facilities' bundles for this installation's card, trusts both senders and imports both bundles. */
export async function importNetwork(page: Page, scratch: string, now: Date): Promise<void> {
  await openScreen(page, '#/contacts', 'Contacts and keys');
  makeNetwork(scratch, await page.getByRole('region', { name: 'My identity card' }).getByRole('textbox', { name: 'Card text' }).inputValue(), now);
  await addAndTrust(page, scratch, 'north/card.habeas-card', NORTH);
  await addAndTrust(page, scratch, 'south/card.habeas-card', SOUTH);
  await openScreen(page, '#/import', 'Import bundles');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose bundle files…' }).click();
  await (await choosing).setFiles([join(scratch, 'north.habeas'), join(scratch, 'south.habeas')]);
  await page.getByRole('button', { name: 'Apply 2 bundles' }).click({ timeout: SLOW_STEP_MS });
  await page.getByRole('table', { name: 'Bundles received, newest first' }).getByRole('row', { name: new RegExp(SOUTH) }).waitFor({ timeout: SLOW_STEP_MS });
}

/** The adviser's installation that imports the network. */
export const ADVISER_SETUP = { ...ENGLISH_SETUP, facilityName: 'Adviser Office', facilityCode: 'ADV-01', prefix: 'ADV', capacity: '0', adminName: 'Jean Dupont', passphrase: 'green window cedar harbour' };

/**
 * A browser with the adviser's installation set up while the command-line tool builds into
 * `scratch`; with `imported`, both facilities' bundles are trusted and imported too.
 */
export async function openAdviser(scratch: string, { imported }: { imported: boolean }): Promise<BrowserSession> {
  const building = buildCli(scratch);
  const adviser = await openBrowser();
  await loadApp(adviser.page);
  await setUpInEnglish(adviser.page, ADVISER_SETUP);
  await keepRecoveryCode(adviser.page);
  await building;
  if (imported) await importNetwork(adviser.page, scratch, networkNow());
  return adviser;
}
