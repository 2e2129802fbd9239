// Register list micro-benchmark: builds test/bench/register/searchLatency.ts for Node with
// vite and runs it: `node test/bench/registerSearch.mjs` (BENCH_DETAINEES=100000 by default).
// Per-keystroke search latency and the one-off costs of the list, without rendering.
// Also importable: scripts/bench-register.mjs calls registerSearchFigures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/**
 * Runs the micro-benchmark for `detainees` records, echoing its report, and returns its
 * figures (the "name   12.3 ms" lines, name → ms) and exit status.
 */
export async function registerSearchFigures(detainees) {
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
    const run = spawnSync(process.execPath, ['--max-old-space-size=8192', join(work, 'searchLatency.mjs')], {
      env: { ...process.env, BENCH_DETAINEES: String(detainees) },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    process.stdout.write(run.stdout);
    const figures = {};
    for (const [, name, ms] of run.stdout.matchAll(/^(\S.*?)\s+(-?[\d.]+) ms$/gm)) figures[name] = Number(ms);
    return { figures, status: run.status ?? 1 };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = (await registerSearchFigures(Number(process.env.BENCH_DETAINEES ?? 100_000))).status;
}
