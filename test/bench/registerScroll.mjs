// Register table in headless Chromium: builds test/bench/register/scroll with vite, serves
// it on 127.0.0.1 and prints time to the first rows, scroll frame times and keystroke-to-
// frame times over BENCH_DETAINEES synthetic records (default 100,000). Never fails on time.
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const detainees = Number(process.env.BENCH_DETAINEES ?? 100_000);
// BENCH_PROFILE=FILE writes a Chromium CPU profile of the scrolling (unminified build) for DevTools.
const profilePath = process.env.BENCH_PROFILE;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

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

const work = mkdtempSync(join(tmpdir(), 'habeas-register-scroll-'));
const outDir = join(work, 'bundle');
await build({
  root: join(root, 'test/bench/register/scroll'),
  configFile: false,
  logLevel: 'warn',
  plugins: [react()],
  resolve: { alias: { '@shared': join(root, 'shared') } },
  build: { outDir, emptyOutDir: true, minify: profilePath === undefined, chunkSizeWarningLimit: 10000 },
});
const server = await serve(outDir);
const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--js-flags=--max-old-space-size=4096'],
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error(error));
  if (profilePath !== undefined) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    cdp.on('Profiler.consoleProfileFinished', ({ profile }) => {
      writeFileSync(profilePath, JSON.stringify(profile));
      console.log(`CPU profile written to ${profilePath}`);
    });
  }
  await page.goto(`http://127.0.0.1:${server.address().port}/?detainees=${detainees}${profilePath === undefined ? '' : '&profile=1'}`);
  await page.waitForFunction(() => window.__benchResult !== undefined || window.__benchError !== undefined, undefined, { timeout: 0, polling: 1000 });
  const error = await page.evaluate(() => window.__benchError);
  if (error) throw new Error(error);
  console.table(await page.evaluate(() => window.__benchResult));
} finally {
  await context.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}
