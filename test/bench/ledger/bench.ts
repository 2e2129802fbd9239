/**
 * The ledger benchmark, run in headless Chromium by scripts/bench-ledger.mjs. Each figure
 * is compared with what the platform costs anyway for the same work (raw IndexedDB, plain
 * hashing and parsing), measured in the same run; the target ratio is ≤ 2. It never fails
 * on time: it reports.
 */
import { Dexie } from 'dexie';
import { inflateSync } from 'fflate';
import { parseCanonical } from '@shared/crypto/canonicalJson';
import { newDataKey } from '@shared/crypto/dataKey';
import { HabeasDb } from '../../../renderer/db/habeasDb';
import { createLedgerSession } from '../../../renderer/ledger/ledgerSession';
import { openLedgerStorage } from '../../../renderer/ledger/ledgerStorage';
import type { LedgerStorage } from '../../../renderer/ledger/ledgerStorage';
import { CORE_PROJECTIONS } from '../../../renderer/ledger/projections/coreProjections';
import { bulkSealKey } from '../../../renderer/ledger/bulkSeal';
import { ndjsonOf } from '@shared/ledger/canonicalLine';
import { openSnapshotChunk, sealImportedPage } from '../../../renderer/ledger/sealedRecords';
import { profiled as profiledIf, timed } from '../timing';
import { openRawDb, writeAllInOneTransaction, writeEachInOwnTransaction } from './rawIdb';
import { benchLedger, benchRegistry, draftFor, syntheticBatches, syntheticRandom } from './syntheticEvents';

type Figure = { name: string; ms: number; baseline?: string; baselineMs?: number; note?: string };
type BenchResult = { figures: Figure[]; info: Record<string, number | string> };

const params = new URLSearchParams(location.search);
const EVENTS = Number(params.get('events') ?? 1_000_000);
const APPENDS = Number(params.get('appends') ?? 10_000);
const PAGE_SIZE = Number(params.get('pageSize') ?? 1000);
const PROFILE = params.has('profile');
const BATCH = 100_000;
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const figures: Figure[] = [];
const info: Record<string, number | string> = {};
const profiled = <T>(title: string, work: () => Promise<T>): Promise<[T, number]> => profiledIf(title, PROFILE, work);

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

async function plainVerify(lines: readonly string[]): Promise<void> {
  for (let start = 0; start < lines.length; start += 1024) {
    const slice = lines.slice(start, start + 1024);
    for (const line of slice) parseCanonical(line);
    await Promise.all(slice.map((line) => crypto.subtle.digest('SHA-256', encoder.encode(line))));
  }
}

function pagesOfLines(lines: readonly Uint8Array[]): Uint8Array[] {
  const pages: Uint8Array[] = [];
  for (let start = 0; start < lines.length; start += PAGE_SIZE) pages.push(ndjsonOf(lines.slice(start, start + PAGE_SIZE)));
  return pages;
}

/** Each line of an NDJSON file, without its line feed, as a view into the file. */
function linesOfFile(file: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  for (let start = 0, end = file.indexOf(0x0a); end >= 0; start = end + 1, end = file.indexOf(0x0a, start)) lines.push(file.subarray(start, end));
  return lines;
}

type ImportSteps = { sealMs: number; writeMs: number };

/**
 * The import's unavoidable steps, each timed alone on the same lines with the same
 * primitives and no storage engine around them: where the import's time goes, and the
 * floor that encryption at rest puts under it.
 */
async function importSteps(raw: IDBDatabase, lines: readonly Uint8Array[], bulkKey: CryptoKey, firstKey: number): Promise<ImportSteps> {
  // The import takes its page bodies from the file as they lie there: assembling them is not a step.
  const plain = pagesOfLines(lines);
  const header = { ledger: 'floor', firstSeq: 1, lastSeq: PAGE_SIZE, count: PAGE_SIZE, headHash: '' };
  const [sealed, sealMs] = await timed(() => Promise.all(plain.map(async (body, pageNo) => (await sealImportedPage(bulkKey, { ...header, pageNo }, body)).body)));
  const [, writeMs] = await timed(() => writeAllInOneTransaction(raw, sealed, firstKey));
  return { sealMs, writeMs };
}

function addSteps(total: ImportSteps, steps: ImportSteps): void {
  total.sealMs += steps.sealMs;
  total.writeMs += steps.writeMs;
}

async function importAll(db: HabeasDb, storage: LedgerStorage, raw: IDBDatabase, dataKey: Uint8Array): Promise<void> {
  const other = benchLedger('bench-import');
  const steps: ImportSteps = { sealMs: 0, writeMs: 0 };
  const bulkKey = await bulkSealKey(dataKey);
  let importMs = 0;
  let rawMs = 0;
  let plainMs = 0;
  let bytes = 0;
  let pages = 0;
  for (const batch of syntheticBatches(other, EVENTS, BATCH)) {
    // A bundle's reader holds each line's bytes as views into the inflated file.
    const lineBytes = linesOfFile(encoder.encode(`${batch.lines.join('\n')}\n`));
    bytes += lineBytes.reduce((sum, line) => sum + line.length + 1, 0);
    importMs += (await profiled('import', () => storage.writeImportedEvents(other.ledger, batch.events, lineBytes)))[1];
    const rows = await db.pages.where('[ledger+pageNo]').between([other.ledger, pages + 1], [other.ledger, Dexie.maxKey]).toArray();
    rawMs += (await timed(() => writeAllInOneTransaction(raw, rows.map((row) => row.body), pages)))[1];
    pages += rows.length;
    plainMs += (await timed(() => plainVerify(batch.lines)))[1];
    addSteps(steps, await importSteps(raw, lineBytes, bulkKey, 30_000_000 + pages));
    log(`imported ${batch.events.at(-1)?.seq ?? 0} events`);
  }
  info.eventBytesAverage = Math.round(bytes / EVENTS);
  info.ndjsonMB = Math.round(bytes / 1e6);
  info.pages = pages;
  figures.push({ name: `(b) import ${EVENTS} events as pages`, ms: importMs, baseline: 'raw IndexedDB write of the same page bytes', baselineMs: rawMs });
  // Not a ratio against the target: where the time goes, each step alone on the same lines.
  info.importBulkSealMs = Math.round(steps.sealMs);
  info.importRawWriteMs = Math.round(steps.writeMs);
  info.plainVerifyMs = plainMs;
}

async function appendOneByOne(storage: LedgerStorage, raw: IDBDatabase): Promise<void> {
  const own = benchLedger('bench-own');
  const random = syntheticRandom(7);
  const [, ms] = await profiled('append', async () => {
    for (let seq = 1; seq <= APPENDS; seq++) await storage.append(draftFor(own, seq, random), own.author);
  });
  const record = new Uint8Array(Math.round(Number(info.eventBytesAverage) + 41));
  const records = Array.from({ length: APPENDS }, () => record);
  const [, rawMs] = await timed(() => writeEachInOwnTransaction(raw, records, 10_000_000));
  figures.push({ name: `(a) append ${APPENDS} events one by one`, ms, baseline: 'raw IndexedDB: same-size record, one transaction each', baselineMs: rawMs, note: `${(ms / APPENDS).toFixed(2)} ms per append` });
  info.appended = storage.head()?.seq ?? 0;
}

async function unlock(db: HabeasDb, dataKey: Uint8Array, ledgerId: string): Promise<LedgerStorage> {
  const storage = await openLedgerStorage({ db, dataKey, ledgerId, registry: benchRegistry, config: { pageSize: PAGE_SIZE } });
  const session = createLedgerSession({ storage, projections: CORE_PROJECTIONS, sink: { publish: () => undefined } });
  const [started, ms] = await timed(() => session.start());
  const [, baselineMs] = await timed(async () => {
    const rows = await db.snapshots.toArray();
    for (const row of rows) {
      const bytes = openSnapshotChunk(dataKey, row);
      if (row.chunkNo === 0) continue;
      for (const line of decoder.decode(inflateSync(bytes)).split('\n')) if (line !== '') JSON.parse(line);
    }
  });
  figures.push({ name: `(d) unlock: snapshot load + replay of ${started.replayed} events`, ms, baseline: 'read + decrypt + inflate + parse of the same snapshot', baselineMs, note: `from snapshot: ${String(started.fromSnapshot)}; search index not built yet (does not exist)` });
  return storage;
}

async function run(): Promise<BenchResult> {
  const stamp = Date.now();
  const db = new HabeasDb(`bench-ledger-${stamp}`);
  await db.open();
  const raw = await openRawDb(`bench-raw-${stamp}`);
  const dataKey = newDataKey();
  const ledgerId = benchLedger('bench-own').ledger;
  const open = (): Promise<LedgerStorage> => openLedgerStorage({ db, dataKey, ledgerId, registry: benchRegistry, config: { pageSize: PAGE_SIZE } });
  const storage = await open();
  await importAll(db, storage, raw, dataKey);
  const cold = createLedgerSession({ storage, projections: CORE_PROJECTIONS, sink: { publish: () => undefined } });
  info.coldStartNoSnapshotMs = (await timed(() => cold.start()))[1];
  // start() itself queues a snapshot after a full replay; this waits for it and writes the current one.
  info.snapshotWriteMs = (await timed(() => cold.writeSnapshot()))[1];
  info.snapshotChunks = await db.snapshots.count();
  info.snapshotSealedMB = Math.round((await db.snapshots.toArray()).reduce((sum, row) => sum + row.body.length, 0) / 1e6);
  log('snapshot written');
  // Lock, as the app would: the states of this session are dropped before the next one starts.
  cold.close();
  const appending = await open();
  await appendOneByOne(appending, raw);
  appending.close();
  const reopened = await unlock(db, dataKey, ledgerId);
  log('unlocked');
  const [verified, verifyMs] = await profiled('verify', () => reopened.verify());
  const total = verified.ok ? verified.events : 0;
  const plainMs = (Number(info.plainVerifyMs) * (EVENTS + APPENDS)) / EVENTS;
  figures.push({ name: `(c) verify ${total} stored events`, ms: verifyMs, baseline: 'SHA-256 (WebCrypto) + canonical parse of the same NDJSON', baselineMs: plainMs, note: verified.ok ? 'ok' : `FAILED ${verified.reason}` });
  reopened.close();
  db.close();
  raw.close();
  await Dexie.delete(db.name);
  return { figures, info };
}

const target = window as unknown as { __benchResult?: BenchResult; __benchError?: string };
run().then(
  (result) => {
    target.__benchResult = result;
  },
  (error: unknown) => {
    target.__benchError = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  },
);
