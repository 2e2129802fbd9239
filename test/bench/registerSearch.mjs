// Register list micro-benchmark: builds test/bench/register/searchLatency.ts for Node with
// vite and runs it: `node test/bench/registerSearch.mjs` (BENCH_DETAINEES=100000 by default).
// Per-keystroke search latency and the one-off costs of the list, without rendering.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'habeas-register-bench-'));
try {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(root, 'shared') } },
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: join(root, 'test/bench/register/searchLatency.ts'),
      outDir: work,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'searchLatency.mjs' } },
    },
  });
  const run = spawnSync(process.execPath, ['--max-old-space-size=8192', join(work, 'searchLatency.mjs')], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
