// Ledger benchmark (`npm run bench:ledger`): builds test/bench/ledger with vite, serves it
// on 127.0.0.1, runs it in headless Chromium and prints the figures. Never fails on time.
// BENCH_EVENTS (default 1,000,000), BENCH_APPENDS (10,000), BENCH_PAGE_SIZE (1,000).
// BENCH_PROFILE=PREFIX records Chromium CPU profiles of the import and of the verification
// (unminified build, so that function names survive) as PREFIX-import-1.cpuprofile etc.,
// for Chrome DevTools or speedscope.
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const events = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const appends = Number(process.env.BENCH_APPENDS ?? 10_000);
const pageSize = Number(process.env.BENCH_PAGE_SIZE ?? 1000);
const profilePath = process.env.BENCH_PROFILE;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function buildBundle(outDir) {
  await build({
    root: join(root, 'test/bench/ledger'),
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(root, 'shared') } },
    build: { outDir, emptyOutDir: true, minify: profilePath === undefined, chunkSizeWarningLimit: 5000 },
  });
}

function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\/+/, '');
    const file = join(dir, path === '' ? 'index.html' : path);
    if (!file.startsWith(dir)) {
      response.writeHead(404).end();
      return;
    }
    response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file)
      .on('error', () => response.writeHead(404).end())
      .pipe(response);
  });
  return new Promise((resolvePort) => server.listen(0, '127.0.0.1', () => resolvePort(server)));
}

function printTable(result) {
  const rows = result.figures.map((figure) => {
    const ratio = figure.baselineMs ? figure.ms / figure.baselineMs : undefined;
    return {
      figure: figure.name,
      'time (s)': (figure.ms / 1000).toFixed(2),
      baseline: figure.baseline ?? '',
      'baseline (s)': figure.baselineMs === undefined ? '' : (figure.baselineMs / 1000).toFixed(2),
      ratio: ratio === undefined ? '' : ratio.toFixed(2),
      'target ≤ 2': ratio === undefined ? '' : ratio <= 2 ? 'met' : 'NOT met',
      note: figure.note ?? '',
    };
  });
  console.table(rows);
  console.table(result.info);
}

// The page brackets what it wants profiled with console.profile(title) / profileEnd(title).
async function recordProfiles(context, page) {
  const session = await context.newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  let count = 0;
  session.on('Profiler.consoleProfileFinished', ({ profile, title }) => {
    count += 1;
    const file = `${profilePath}-${title}-${count}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    console.log(`CPU profile written to ${file}`);
  });
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'habeas-bench-'));
  const outDir = join(work, 'bundle');
  await buildBundle(outDir);
  const server = await serve(outDir);
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--js-flags=--max-old-space-size=4096'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => console.log(message.text()));
    page.on('pageerror', (error) => console.error(error));
    if (profilePath !== undefined) await recordProfiles(context, page);
    const started = Date.now();
    const query = `events=${events}&appends=${appends}&pageSize=${pageSize}${profilePath === undefined ? '' : '&profile=1'}`;
    await page.goto(`http://127.0.0.1:${server.address().port}/?${query}`);
    await page.waitForFunction(() => window.__benchResult !== undefined || window.__benchError !== undefined, undefined, { timeout: 0, polling: 1000 });
    const error = await page.evaluate(() => window.__benchError);
    if (error) throw new Error(error);
    console.log(`\nLedger benchmark: ${events} events, ${appends} appends, pages of ${pageSize}, ${((Date.now() - started) / 1000).toFixed(0)} s in Chromium\n`);
    printTable(await page.evaluate(() => window.__benchResult));
  } finally {
    await context.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
