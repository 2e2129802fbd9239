/**
 * Micro-benchmark of the register list's per-keystroke work, without rendering: a
 * synthetic facility of BENCH_DETAINEES records (default 100,000), then 200 realistic
 * queries typed one character at a time, each keystroke timed for what the list does
 * (search scores, then rows selected in the chosen order through the filter mask).
 * Also the one-off costs: index build, sort orders, safeguards of every record, filter
 * mask. Run by test/bench/registerSearch.mjs; prints figures, never fails on time.
 */
import { cpus, loadavg } from 'node:os';
import { applyCustodyEvents, custodyRecords, initialCustodyState } from '@shared/custody/custodyProjection';
import { DEFAULT_SAFEGUARD_PROFILE } from '@shared/custody/safeguards';
import { generateFacility } from '@shared/custody/synthetic/generateFacility';
import { FEMALE_NAMES, MALE_NAMES } from '@shared/custody/synthetic/namePools';
import { createRng } from '@shared/custody/synthetic/prng';
import { unhashedSyntheticEvents } from '../../builders/custody';
import { NO_REGISTER_FILTER, filterMask } from '../../../renderer/features/register/registerFilter';
import { searchRecords, selectRows } from '../../../renderer/features/register/registerSearch';
import { nameIndexOf } from '../../../renderer/features/register/searchIndex';
import { safeguardsOf, STATE_URGENCY } from '../../../renderer/features/register/safeguardCache';
import { sortOrder } from '../../../renderer/features/register/sortOrders';

const DETAINEES = Number(process.env.BENCH_DETAINEES ?? 100_000);
const QUERIES = 200;
const NOW = '2026-11-26T08:00:00Z';

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const value = work();
  return [value, performance.now() - started];
}

/** Wall and CPU time of the work, ms: on a shared machine wall time also counts the waits for a core. */
function bothTimed<T>(work: () => T): [T, number, number] {
  const cpuStarted = process.cpuUsage();
  const [value, wallMs] = timed(work);
  const used = process.cpuUsage(cpuStarted);
  return [value, wallMs, (used.user + used.system) / 1000];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Queries people type: a name in Arabic or one of its Latin spellings, sometimes two names, sometimes a number. */
function realisticQueries(count: number): string[] {
  const rng = createRng('register-bench-queries');
  const pool = [...MALE_NAMES, ...FEMALE_NAMES];
  const pick = () => pool[rng.int(0, pool.length - 1)] ?? pool[0]!;
  return Array.from({ length: count }, (_, index) => {
    const entry = pick();
    const spelling = entry[rng.int(0, entry.length - 1)] ?? entry[0];
    if (index % 10 === 9) return `CRP-${String(rng.int(1, DETAINEES)).padStart(6, '0')}`;
    if (index % 4 === 3) return `${spelling} ${pick()[rng.int(0, 1)] ?? ''}`;
    return spelling;
  });
}

function main(): void {
  // The drafts and events are dropped once projected, as the app keeps only the projection
  // in memory: a heap still holding a million events would slow every later figure with GC.
  const [{ state, eventCount }, setupMs] = timed(() => {
    const events = unhashedSyntheticEvents(generateFacility({ detainees: DETAINEES, seed: 'register-bench', start: '2025-11-26T00:00:00Z', now: NOW, registerPrefix: 'CRP' }));
    return { state: applyCustodyEvents(initialCustodyState(), events), eventCount: events.length };
  });
  const records = [...custodyRecords(state)];
  const nowMs = Date.parse(NOW);
  const [, indexMs] = timed(() => nameIndexOf(records));
  // The next custody state: one record more; only its names are read, the rest is reused.
  const [, reindexMs] = timed(() => nameIndexOf([...records]));
  const [, safeguardsMs] = timed(() => { records.forEach((record) => safeguardsOf(record, nowMs, DEFAULT_SAFEGUARD_PROFILE)); });
  const [, safeguardsCachedMs] = timed(() => { records.forEach((record) => safeguardsOf(record, nowMs, DEFAULT_SAFEGUARD_PROFILE)); });
  const context = {
    nowMs,
    categoryRank: () => 0,
    safeguardRank: (record: (typeof records)[number]) => STATE_URGENCY[safeguardsOf(record, nowMs, DEFAULT_SAFEGUARD_PROFILE).worst],
  };
  const [order, registerSortMs] = timed(() => sortOrder(records, 'registerNumber', context));
  const [, nameSortMs] = timed(() => sortOrder(records, 'names', context));
  const [, safeguardSortMs] = timed(() => sortOrder(records, 'safeguards', context));
  const worstOf = (record: (typeof records)[number]) => safeguardsOf(record, nowMs, DEFAULT_SAFEGUARD_PROFILE).worst;
  const [mask, maskMs] = timed(() => filterMask(records, { ...NO_REGISTER_FILTER, safeguard: 'needs_action' }, { fromMs: undefined, toMs: undefined, worstOf }));

  const keystrokes: number[] = [];
  const searchOnly: number[] = [];
  const cpu: number[] = [];
  let matched = 0;
  for (const query of realisticQueries(QUERIES)) {
    for (let length = 1; length <= query.length; length++) {
      const typed = query.slice(0, length);
      const [scores, searchMs, searchCpuMs] = bothTimed(() => searchRecords(records, typed));
      const [rows, selectMs, selectCpuMs] = bothTimed(() => selectRows(order, false, mask, scores));
      const cpuMs = searchCpuMs + selectCpuMs;
      keystrokes.push(searchMs + selectMs);
      searchOnly.push(searchMs);
      cpu.push(cpuMs);
      if (length === query.length) matched += rows.count;
    }
  }
  const sorted = [...keystrokes].sort((a, b) => a - b);
  const figure = (name: string, ms: number) => `${name.padEnd(52)} ${ms.toFixed(1).padStart(9)} ms`;
  console.log(`Register list, ${records.length} records from ${eventCount} events (generated and projected in ${(setupMs / 1000).toFixed(1)} s)`);
  console.log(figure('name index, first build', indexMs));
  console.log(figure('name index, next custody state (names read before)', reindexMs));
  console.log(figure('safeguards of every record, first pass', safeguardsMs));
  console.log(figure('safeguards of every record, cached', safeguardsCachedMs));
  console.log(figure('sort order: register number', registerSortMs));
  console.log(figure('sort order: names', nameSortMs));
  console.log(figure('sort order: worst safeguard state', safeguardSortMs));
  console.log(figure('filter mask (needs action)', maskMs));
  console.log(`Keystrokes: ${keystrokes.length} over ${QUERIES} queries typed progressively, ${matched} rows matched in all by full queries`);
  console.log(figure('per keystroke p50 (search + rows through the mask)', percentile(sorted, 0.5)));
  console.log(figure('per keystroke p95', percentile(sorted, 0.95)));
  console.log(figure('per keystroke max', sorted.at(-1) ?? 0));
  const searchSorted = [...searchOnly].sort((a, b) => a - b);
  console.log(figure('of which search scores, p50', percentile(searchSorted, 0.5)));
  console.log(figure('of which search scores, p95', percentile(searchSorted, 0.95)));
  const cpuSorted = [...cpu].sort((a, b) => a - b);
  console.log(figure('per keystroke CPU time p50', percentile(cpuSorted, 0.5)));
  console.log(figure('per keystroke CPU time p95', percentile(cpuSorted, 0.95)));
  console.log(figure('per keystroke CPU time max', cpuSorted.at(-1) ?? 0));
  console.log(`Load average while measuring: ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${String(cpus().length)} cores`);
}

main();
