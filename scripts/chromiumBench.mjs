// What the Chromium benchmarks share (bench-ledger, bench-register, test/bench/registerScroll):
// build a bench page with vite, serve it on 127.0.0.1, open it in headless Chromium with
// playwright-core and wait for the figures the page leaves on window.__benchResult.
// Not an entry point: the scripts import it.
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { ageCipherForApp } from '../build/ageCipherPlugin.mjs';

export const repoRoot = resolve(import.meta.dirname, '..');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--js-flags=--max-old-space-size=4096 --expose-gc'];

/** Builds the bench page in `pageDir` (relative to the repository) into `outDir`. */
export async function buildBenchPage(pageDir, outDir, { minify = true, withReact = false } = {}) {
  await build({
    root: join(repoRoot, pageDir),
    configFile: false,
    logLevel: 'warn',
    plugins: withReact ? [react(), ageCipherForApp(repoRoot)] : [ageCipherForApp(repoRoot)],
    resolve: { alias: { '@shared': join(repoRoot, 'shared') } },
    build: { outDir, emptyOutDir: true, minify, chunkSizeWarningLimit: 10000 },
  });
}

/** Serves `dir` on 127.0.0.1 on a free port. */
export function serve(dir) {
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

/**
 * Builds the page, serves it, opens it in headless Chromium and calls `use({ context, page, url })`
 * with the page's base URL; cleans everything up afterwards.
 */
export async function withBenchPage({ pageDir, minify = true, withReact = false, viewport }, use) {
  const work = mkdtempSync(join(tmpdir(), 'habeas-bench-'));
  const outDir = join(work, 'bundle');
  await buildBenchPage(pageDir, outDir, { minify, withReact });
  const server = await serve(outDir);
  const profileDir = join(work, 'profile');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...(viewport === undefined ? {} : { viewport }),
    args: ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(error));
    return await use({ context, page, url: `http://127.0.0.1:${String(server.address().port)}/`, profileDir });
  } finally {
    await context.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** Opens `url` and waits, without a time limit, for the page's window.__benchResult; throws the page's __benchError. */
export async function runBenchPage(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.__benchResult !== undefined || window.__benchError !== undefined, undefined, { timeout: 0, polling: 1000 });
  const error = await page.evaluate(() => window.__benchError);
  if (error) throw new Error(error);
  return page.evaluate(() => window.__benchResult);
}

/**
 * Writes each CPU profile the page brackets with console.profile(title) / profileEnd(title)
 * as PREFIX-title-N.cpuprofile (for Chrome DevTools or speedscope). `cdp` is a CDP session
 * on the page.
 */
export async function recordCpuProfiles(cdp, prefix) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  let count = 0;
  cdp.on('Profiler.consoleProfileFinished', ({ profile, title }) => {
    count += 1;
    const file = `${prefix}-${title}-${count}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    console.log(`CPU profile written to ${file}`);
  });
}

/** Resident memory (MB) of the Chromium processes launched with this profile: all of them, and the renderers. Linux only. */
export function chromiumRssMb(profileDir) {
  let total = 0;
  let renderers = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(profileDir) && !cmdline.includes('--type=')) continue;
      if (!cmdline.includes(profileDir) && !isChildOfProfile(pid, profileDir)) continue;
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      total += kb;
      if (cmdline.includes('--type=renderer')) renderers += kb;
    } catch {
      // The process ended while being read.
    }
  }
  return { totalMb: Math.round(total / 1024), renderersMb: Math.round(renderers / 1024) };
}

// Chromium's helper processes do not all carry --user-data-dir: they belong to the profile when an ancestor does.
function isChildOfProfile(pid, profileDir) {
  let current = pid;
  for (let depth = 0; depth < 4; depth++) {
    const parent = /PPid:\s+(\d+)/.exec(readFileSync(`/proc/${current}/status`, 'utf8'))?.[1];
    if (parent === undefined || parent === '0') return false;
    if (readFileSync(`/proc/${parent}/cmdline`, 'utf8').includes(profileDir)) return true;
    current = parent;
  }
  return false;
}
