/**
 * The Chromium half of `npm run bench:exchange` (scripts/bench-exchange.mjs): a facility
 * of `detainees` detainees exports its whole ledger to an adviser, and the adviser imports
 * it, through the app's own export and import commands (renderer/features/exchange) and
 * ledger storage; the figures of the raw steps are measured on the same data in the same
 * page (rawSteps.ts). The script supplies a stand-in for the desktop bridge (the file save
 * hashes what it is given, as the main process does), times Debian's `age` on the bundle
 * (window.benchBundle) and reads memory over CDP at each phase (window.benchPhase).
 * Never fails on time: it reports.
 */
import { decryptAge } from '@shared/bundle/ageLayer';
import { loadAgeCipher } from '../../../../renderer/crypto/ageCipher';
import { appPlaintextRooms } from '../../../../renderer/crypto/plaintextRoom';
import { bundleLimits } from '@shared/bundle/limits';
import { readArchive } from '@shared/bundle/zipRead';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { prepareExport, saveExport, writeExport } from '../../../../renderer/features/exchange/export/commands';
import { fileSha256 } from '../../../../renderer/features/exchange/fileHash';
import { applyVerified } from '../../../../renderer/features/exchange/import/commands';
import { readAgainstHoldings } from '../../../../renderer/features/exchange/import/readAgainst';
import { openRawDb } from '../../ledger/rawIdb';
import { aFacility, anAdviser, introduce } from './installations';
import type { BenchInstallation } from './installations';
import { median, profiled as profiledIf, SHORT_STEP_RUNS, timed } from '../../timing';
import { pageBodiesOf, rawChecks, rawExport, rawPageWrite } from './rawSteps';

type Figures = Record<string, number | string>;
type BenchWindow = Window & {
  __benchResult?: Figures;
  __benchError?: string;
  gc?: () => void;
  benchPhase?: (name: string) => Promise<void>;
  /** Saves the bundle for the script and times `age -d` on it as many times as the page times its decrypt. */
  benchBundle?: (ageIdentity: string, decryptRuns: number) => Promise<void>;
};

const benchWindow = window as BenchWindow;
const DETAINEES = Number(new URLSearchParams(location.search).get('detainees') ?? 100_000);
const PROFILE = new URLSearchParams(location.search).get('profile') === '1';
const figures: Figures = {};
const profiled = <T>(title: string, work: () => Promise<T> | T): Promise<[T, number]> => profiledIf(title, PROFILE, work);

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

/** Tells the script which phase its memory readings belong to ('' between phases), after a collection. */
async function phase(name: string): Promise<void> {
  benchWindow.gc?.();
  await benchWindow.benchPhase?.(name);
}

/** Hands the bundle file to the script (as a download) and waits while it times `age` on it. */
async function handOver(bytes: Uint8Array<ArrayBuffer>, ageIdentity: string): Promise<void> {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes]));
  link.download = 'bundle.habeas';
  link.click();
  await benchWindow.benchBundle?.(ageIdentity, SHORT_STEP_RUNS);
  URL.revokeObjectURL(link.href);
}

/**
 * The facility's export and the raw export steps. Returns only the bundle's bytes (a
 * copy, as a received file would be): the exported events and pages go out of scope here,
 * so that they are not counted in the import's memory.
 */
async function exportPhase(facility: BenchInstallation, adviser: BenchInstallation, raw: IDBDatabase): Promise<Uint8Array<ArrayBuffer>> {
  await phase('export');
  const request = { to: { kind: 'contacts' as const, ledgers: [adviser.card.ledger] }, scope: 'everything' as const, includeReceived: false };
  const [prepared, prepareMs] = await profiled('export-read', () => prepareExport(facility.session, request, () => undefined));
  const [written, writeMs] = await profiled('export-write', () => writeExport(facility.session, prepared));
  const [saved, saveMs] = await timed(() => saveExport(facility.session, prepared, written, []));
  await phase('');
  if (saved.kind !== 'saved') throw new Error(`bench: export not saved (${saved.kind})`);
  Object.assign(figures, { exportReadMs: prepareMs, exportWriteMs: writeMs, exportSaveMs: saveMs, bundleBytes: written.bytes.length });
  log('exported');
  const facilityPages = await pageBodiesOf(facility.db, facility.card.ledger);
  await rawPageWrite(raw, facilityPages, 0);
  // The raw baseline serializes events: parsed from the exported lines, untimed.
  const events = prepared.events.lines.map((line) => JSON.parse(new TextDecoder().decode(line)) as LedgerEvent);
  const rawOut = await rawExport(raw, events);
  Object.assign(figures, { rawReadMs: rawOut.readMs, rawEncodeMs: rawOut.encodeMs, facilityPages: facilityPages.length });
  return written.bytes.slice();
}

/** The age layer alone (typage), then the raw import checks on the same events file; nothing of either is kept. */
async function decryptPhase(bytes: Uint8Array, ageIdentity: string): Promise<void> {
  // As the app's import does before it reads a file; says which cipher the figures are of.
  figures.ageCipher = (await loadAgeCipher()) ? 'libsodium (WebAssembly)' : 'pure JS (libsodium did not load)';
  const decryptRuns: number[] = [];
  let opened: Awaited<ReturnType<typeof decryptAge>> | undefined;
  for (let run = 0; run < SHORT_STEP_RUNS; run++) {
    await phase('decrypt');
    const [result, ms] = await profiled('decrypt', () => decryptAge(bytes, { identity: ageIdentity }, bundleLimits(), appPlaintextRooms));
    [opened, decryptRuns[run]] = [result, ms];
  }
  await phase('');
  if (!opened?.ok) throw new Error(`bench: decrypt failed (${opened?.error.code ?? 'not run'})`);
  const archive = readArchive(opened.value.plaintext, bundleLimits());
  if (!archive.ok) throw new Error(`bench: archive refused (${archive.error.code})`);
  figures.decryptMs = median(decryptRuns);
  figures.rawChecksMs = await rawChecks(archive.value.eventsDeflated);
}

/** The adviser's import: file hash, every check, apply in one transaction. */
async function importPhase(adviser: BenchInstallation, bytes: Uint8Array): Promise<void> {
  await phase('import');
  const [sha256, hashMs] = await timed(() => fileSha256(bytes));
  const [checked, checkMs] = await profiled('check', () => readAgainstHoldings(adviser.session, bytes));
  if (!checked.ok) throw new Error(`bench: import refused (${checked.error.problem.code})`);
  figures.imported = checked.value.newEventCount;
  const [, applyMs] = await profiled('apply', () => applyVerified(adviser.session, checked.value, { bytes, sha256 }));
  await phase('');
  Object.assign(figures, { importHashMs: hashMs, importCheckMs: checkMs, importApplyMs: applyMs });
  log('imported');
}

async function run(): Promise<Figures> {
  const facility = await aFacility(DETAINEES, log);
  const adviser = await anAdviser();
  await introduce(facility, adviser);
  figures.events = facility.events;
  const raw = await openRawDb(`bench-exchange-raw-${String(Date.now())}`);
  log('installations ready');
  const bytes = await exportPhase(facility, adviser, raw);
  // The facility's part is over: its projections would otherwise count in the adviser's memory.
  facility.session.ledger.close();
  await handOver(bytes, adviser.session.identity.ageIdentity);
  await decryptPhase(bytes, adviser.session.identity.ageIdentity);
  await importPhase(adviser, bytes);
  const adviserPages = await pageBodiesOf(adviser.db, facility.card.ledger);
  figures.rawImportWriteMs = await rawPageWrite(raw, adviserPages, 10_000_000);
  figures.adviserPages = adviserPages.length;
  raw.close();
  return figures;
}

run().then(
  (result) => {
    benchWindow.__benchResult = result;
  },
  (error: unknown) => {
    benchWindow.__benchError = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  },
);
