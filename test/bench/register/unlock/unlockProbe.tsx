/**
 * Unlock with and without the register, in headless Chromium: the demo ledger of a
 * synthetic facility (shared/custody/synthetic/demoLedger.ts, every event hashed and
 * chained) imported as another ledger's pages, one session with the app's projections to
 * write a snapshot, then (a) unlock = open storage + session start (snapshot + replay) +
 * the register's name index, and (b) the same followed by the register's first rows
 * painted, three times each, interleaved. Run by scripts/bench-register.mjs; prints
 * figures, never fails on time.
 */
import type { Root } from 'react-dom/client';
import type { CustodyState } from '@shared/custody/custodyProjection';
import { buildDemoLedger } from '@shared/custody/synthetic/demoLedger';
import { newDataKey } from '@shared/crypto/dataKey';
import { recordsOf } from '../../../../renderer/custody/queries';
import { custodyProjection } from '../../../../renderer/custody/projection';
import { HabeasDb } from '../../../../renderer/db/habeasDb';
import { nameIndexOf } from '../../../../renderer/features/register/searchIndex';
import { createLedgerSession, openLedgerStorage } from '../../../../renderer/ledger';
import type { LedgerSession } from '../../../../renderer/ledger';
import { stateOf } from '../../../../renderer/ledger/projections/projectionSet';
import { APP_EVENT_REGISTRY, APP_PROJECTIONS } from '../../../../renderer/vault/appLedger';
import { aLedger } from '../../../builders/ledger';
import { renderRegister } from '../registerProbe';

type Figures = Record<string, number | string>;
/** benchMemory is the script's (page.exposeFunction): it reads the heap and the processes' memory while the page waits. */
type BenchWindow = Window & { __benchResult?: Figures; __benchError?: string; gc?: () => void; benchMemory?: (label: string) => Promise<void> };
type Run = { openMs: number; startMs: number; indexMs: number; renderMs: number; totalMs: number };

const params = new URLSearchParams(location.search);
const DETAINEES = Number(params.get('detainees') ?? 100_000);
const NOW = new Date('2026-11-26T08:00:00Z');
const BATCH = 100_000;
const RUNS = 3;
const benchWindow = window as BenchWindow;
const info: Figures = {};

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

/** A full collection between runs, when the page may collect (--expose-gc), so that one run does not pay for the last one's garbage. */
function collect(): void {
  benchWindow.gc?.();
}

type Vault = { db: HabeasDb; dataKey: Uint8Array; ledgerId: string };

async function openSession(vault: Vault): Promise<LedgerSession> {
  const storage = await openLedgerStorage({ ...vault, registry: APP_EVENT_REGISTRY });
  return createLedgerSession({ storage, projections: APP_PROJECTIONS, sink: { publish: () => undefined } });
}

/** The facility's events imported as another ledger's pages, then one session that writes the snapshot unlock starts from. */
async function prepareVault(): Promise<Vault> {
  const vault = { db: new HabeasDb(`bench-register-${String(Date.now())}`), dataKey: newDataKey(), ledgerId: aLedger({ seed: 'bench-register-own' }).ledger };
  await vault.db.open();
  const generatedAt = performance.now();
  const { events } = buildDemoLedger({ detainees: DETAINEES, seed: 'bench-register', now: NOW, facility: 'Bench facility', signingPublicKey: new Uint8Array(32).fill(9), registry: APP_EVENT_REGISTRY });
  info['events generated'] = events.length;
  info['generate (s)'] = ((performance.now() - generatedAt) / 1000).toFixed(1);
  const ledger = events[0]?.ledger ?? '';
  const storage = await openLedgerStorage({ ...vault, registry: APP_EVENT_REGISTRY });
  const importedAt = performance.now();
  for (let start = 0; start < events.length; start += BATCH) {
    await storage.writeImportedEvents(ledger, events.slice(start, start + BATCH));
    log(`imported ${String(Math.min(start + BATCH, events.length))} events`);
  }
  storage.close();
  info['import (s)'] = ((performance.now() - importedAt) / 1000).toFixed(1);
  const session = await openSession(vault);
  const coldAt = performance.now();
  await session.start();
  info['first start, no snapshot (s)'] = ((performance.now() - coldAt) / 1000).toFixed(1);
  await session.writeSnapshot();
  session.close();
  log('snapshot written');
  return vault;
}

/** One unlock, timed by phase; with `render`, until the register's first rows are painted. */
async function unlock(vault: Vault, render: boolean): Promise<{ run: Run; session: LedgerSession; root?: Root }> {
  const started = performance.now();
  const session = await openSession(vault);
  const opened = performance.now();
  await session.start();
  const replayed = performance.now();
  const records = recordsOf(stateOf<CustodyState>(session.current().states, custodyProjection));
  nameIndexOf(records);
  const indexed = performance.now();
  const container = document.getElementById('root') ?? document.body;
  const root = render ? await renderRegister(container, records, NOW.getTime()) : undefined;
  const done = performance.now();
  info.records = records.length;
  const run = { openMs: opened - started, startMs: replayed - opened, indexMs: indexed - replayed, renderMs: done - indexed, totalMs: done - started };
  return root === undefined ? { run, session } : { run, session, root };
}

function median(runs: readonly Run[], pick: (run: Run) => number): number {
  return [...runs.map(pick)].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? Number.NaN;
}

function summary(name: string, runs: readonly Run[], rendered: boolean): Figures {
  const ms = (pick: (run: Run) => number) => Math.round(median(runs, pick));
  return {
    [`${name}: total, median of ${String(runs.length)} (ms)`]: ms((run) => run.totalMs),
    [`${name}: open storage (ms)`]: ms((run) => run.openMs),
    [`${name}: session start, snapshot + replay (ms)`]: ms((run) => run.startMs),
    [`${name}: name index (ms)`]: ms((run) => run.indexMs),
    ...(rendered ? { [`${name}: first rows painted (ms)`]: ms((run) => run.renderMs) } : {}),
    [`${name}: runs (ms)`]: runs.map((run) => Math.round(run.totalMs)).join(', '),
  };
}

async function main(): Promise<Figures> {
  const vault = await prepareVault();
  const bare: Run[] = [];
  const rendered: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    collect();
    const plain = await unlock(vault, false);
    bare.push(plain.run);
    if (i === 0) await benchWindow.benchMemory?.('unlocked, no screen');
    plain.session.close();
    collect();
    const shown = await unlock(vault, true);
    rendered.push(shown.run);
    // The last session stays unlocked and shown, so that the script can read the process memory.
    if (i < RUNS - 1) {
      shown.root?.unmount();
      shown.session.close();
    } else await benchWindow.benchMemory?.('unlocked, register shown');
  }
  log('measured');
  return { ...info, ...summary('(a) unlock', bare, false), ...summary('(b) unlock + register', rendered, true) };
}

main().then(
  (figures) => {
    benchWindow.__benchResult = figures;
  },
  (error: unknown) => {
    benchWindow.__benchError = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  },
);
