// Exchange benchmark (`npm run bench:exchange`): a synthetic facility of BENCH_DETAINEES
// detainees (default 100,000: about a million events) exported and imported, against the
// raw cost of the same steps measured in the same run. Prints time and peak memory; never
// fails on time. BENCH_PARTS=cli,chromium (default both) chooses the halves:
// - command line: the shared bundle code on Node, each phase in its own process, against
//   Debian's `age` CLI, zlib, node:crypto SHA-256 and canonical parse (as the issue names the
//   raw steps, and as the Chromium half measures them); the CLI end to end;
// - Chromium: the app's export and import commands and ledger storage in headless
//   Chromium (test/bench/exchange/chromiumHalf.mjs), against `age`, inflate + SHA-256 +
//   canonical parse of the same NDJSON and a raw IndexedDB write of the same page bytes.
//   BENCH_PROFILE=PREFIX records CPU profiles of the export (read, write), the age layer alone and the import (checks, apply) (unminified
//   build) as PREFIX-check-1.cpuprofile etc., for Chrome DevTools or speedscope.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';
import { chromiumExchangeFigures } from '../test/bench/exchange/chromiumHalf.mjs';

const root = resolve(import.meta.dirname, '..');
const detainees = Number(process.env.BENCH_DETAINEES ?? 100_000);
const parts = (process.env.BENCH_PARTS ?? 'cli,chromium').split(',');
const profilePath = process.env.BENCH_PROFILE;
const NODE_FLAGS = ['--max-old-space-size=8192'];

/** Builds an entry as the CLI is built (cli/vite.config.ts: one file for Node, OpenSSL under the bulk crypto). */
async function buildEntry(entry, outDir, fileName) {
  await build({
    configFile: join(root, 'cli/vite.config.ts'),
    logLevel: 'warn',
    build: { ssr: entry, outDir, emptyOutDir: false, rolldownOptions: { output: { entryFileNames: fileName } } },
  });
}

/** Runs a command (under GNU time, for its peak RSS); returns its wall time, peak RSS and stdout. */
function measured(work, command, args) {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  const kb = Number(run.stderr.trim().split('\n').at(-1));
  return { ms, maxRssMb: Math.round(kb / 1024), stdout: run.stdout };
}

function phase(work, bench, name, argument = '') {
  const { stdout } = measured(work, process.execPath, [...NODE_FLAGS, bench, name, work, argument]);
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

function row(step, figure, baseline, target) {
  const ratio = baseline === undefined ? undefined : figure.ms / baseline.ms;
  return {
    step,
    'time (s)': (figure.ms / 1000).toFixed(2),
    'peak RSS (MB)': figure.maxRssMb,
    baseline: baseline?.name ?? '',
    'baseline (s)': baseline === undefined ? '' : (baseline.ms / 1000).toFixed(2),
    ratio: ratio === undefined ? '' : ratio.toFixed(2),
    target: target === undefined ? '' : `≤ ${target}: ${ratio <= target ? 'met' : 'NOT met'}`,
  };
}

async function cliHalf() {
  const work = mkdtempSync(join(tmpdir(), 'habeas-bench-exchange-'));
  try {
    await buildEntry(join(root, 'cli/habeas.ts'), work, 'habeas.mjs');
    await buildEntry(join(root, 'test/bench/exchange/nodeBench.ts'), work, 'bench.mjs');
    const cli = join(work, 'habeas.mjs');
    const bench = join(work, 'bench.mjs');
    for (const [dir, name] of [['facility', 'Bench Facility'], ['adviser', 'Bench Adviser']]) execFileSync(process.execPath, [cli, 'keygen', '--out', dir, '--facility', name], { cwd: work });
    const generated = phase(work, bench, 'generate', String(detainees));
    const exported = phase(work, bench, 'export');
    const exportRaw = phase(work, bench, 'export-raw');
    const ageEncrypt = measured(work, '/usr/bin/age', ['-r', execFileSync(process.execPath, [cli, 'card', '--identity', 'adviser'], { cwd: work, encoding: 'utf8' }).match(/"recipient":"(age1[0-9a-z]+)"/)[1], '-o', 'raw.age', 'raw-export.zip']);
    const ageDecrypt = measured(work, '/usr/bin/age', ['-d', '-i', 'adviser/key.txt', '-o', 'plain.zip', 'bundle.habeas']);
    const decrypted = phase(work, bench, 'decrypt');
    const imported = phase(work, bench, 'import');
    const importRaw = phase(work, bench, 'import-raw');
    const makeDemo = measured(work, process.execPath, [...NODE_FLAGS, cli, 'make-demo', '--detainees', String(detainees), '--out', 'demo.habeas', '--to', 'adviser/card.habeas-card', '--identity', 'facility']);
    const verify = measured(work, process.execPath, [...NODE_FLAGS, cli, 'verify', 'demo.habeas', '--identity', 'adviser', '--trust', 'facility/card.habeas-card']);
    console.log(`\nExchange benchmark (command line): ${detainees} detainees, ${generated.events} events, bundle ${(exported.bundleBytes / 1048576).toFixed(1)} MiB; import result: ${imported.ok}\n`);
    const rawExport = { name: 'JSON + deflate + SHA-256 + age -r', ms: exportRaw.ms + ageEncrypt.ms };
    const rawImport = { name: 'age -d + inflate + SHA-256 + canonical parse', ms: ageDecrypt.ms + importRaw.ms };
    console.table([
      row('export (writeBundle)', exported, rawExport, 2),
      row('import, every check (as habeas verify runs them)', imported, rawImport, 2),
      row('decrypt (age layer)', decrypted, { name: 'age -d (Go)', ms: ageDecrypt.ms }, 3),
      row('CLI make-demo (generate + append + export)', makeDemo),
      row('CLI verify (read + every check)', verify),
    ]);
    console.log('The Chromium half adds a raw IndexedDB write of the same pages to the import baseline.');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function chromiumRow(step, ms, memory, baseline, target) {
  const peak = memory ?? { heapMb: '', rssMb: '', rendererMb: '' };
  return {
    ...row(step, { ms, maxRssMb: peak.rssMb }, baseline, target),
    'peak JS heap (MB)': peak.heapMb,
    'peak renderer RSS (MB)': peak.rendererMb,
  };
}

async function chromiumHalf() {
  const started = performance.now();
  const { figures: f, age, memory } = await chromiumExchangeFigures(detainees, profilePath);
  const exportMs = f.exportReadMs + f.exportWriteMs + f.exportSaveMs;
  const importMs = f.importHashMs + f.importCheckMs + f.importApplyMs;
  const rawExport = { name: 'IndexedDB read of the pages + JSON + SHA-256 + deflate + age -r', ms: f.rawReadMs + f.rawEncodeMs + age.encryptMs };
  const rawImport = { name: 'age -d + inflate + SHA-256 + canonical parse + raw IndexedDB write of the pages', ms: age.decryptMs + f.rawChecksMs + f.rawImportWriteMs };
  const seconds = (ms) => (ms / 1000).toFixed(2);
  console.log(`\nExchange benchmark (Chromium): ${detainees} detainees, ${f.events} events, bundle ${(f.bundleBytes / 1048576).toFixed(1)} MiB, ${f.imported} events imported, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  console.table([
    chromiumRow('export: read + sign + encrypt + save and check', exportMs, memory.export, rawExport, 2),
    chromiumRow('import: hash + every check + apply in one transaction', importMs, memory.import, rawImport, 2),
    chromiumRow(`decrypt (age layer, typage; cipher: ${f.ageCipher}; median of 3)`, f.decryptMs, memory.decrypt, { name: 'age -d (Go), median of 3', ms: age.decryptMs }, 3),
  ]);
  console.table({
    'export: read events (s)': seconds(f.exportReadMs),
    'export: write bundle (s)': seconds(f.exportWriteMs),
    'export: save, read back, record (s)': seconds(f.exportSaveMs),
    'import: file hash (s)': seconds(f.importHashMs),
    'import: checks (s)': seconds(f.importCheckMs),
    'import: apply (s)': seconds(f.importApplyMs),
    'raw: IndexedDB read of the pages (s)': seconds(f.rawReadMs),
    'raw: JSON + SHA-256 + deflate (s)': seconds(f.rawEncodeMs),
    'raw: age -r (s)': seconds(age.encryptMs),
    'raw: age -d (s)': seconds(age.decryptMs),
    'raw: inflate + SHA-256 + canonical parse (s)': seconds(f.rawChecksMs),
    'raw: IndexedDB write of the imported pages (s)': seconds(f.rawImportWriteMs),
    'pages (facility / adviser)': `${f.facilityPages} / ${f.adviserPages}`,
  });
}

if (parts.includes('cli')) await cliHalf();
if (parts.includes('chromium')) await chromiumHalf();
