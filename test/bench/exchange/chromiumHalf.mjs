// The Chromium half of `npm run bench:exchange`, driven from Node: builds and runs the page
// test/bench/exchange/chromium (the app's export and import commands, raw steps measured
// in the same page), gives it a stand-in for the desktop bridge's file save, times
// Debian's `age` (-d and -r) on the bundle it exported while the page waits, and reads
// memory over CDP (JS heap in use) and /proc (Chromium's resident memory) every 250 ms,
// keeping each phase's peak. Returns the table rows; never fails on time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromiumRssMb, recordCpuProfiles, runBenchPage, withBenchPage } from '../../../scripts/chromiumBench.mjs';

const SAMPLE_MS = 250;

/** The preload's saveFile as the main process answers it: the bytes "written", read back and hashed. */
function installSaveBridge() {
  const hex = async (bytes) => Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  const ok = (value) => ({ ok: true, value });
  const bridge = {
    appInfo: async () => ok({ name: 'Habeas', version: 'bench', platform: 'electron', os: 'linux', versions: {} }),
    saveFile: async (request) => ok({ status: 'saved', fileName: request.suggestedName, bytesWritten: request.bytes.length, sha256: await hex(request.bytes) }),
  };
  Object.defineProperty(window, 'habeas', { value: Object.freeze(bridge) });
}

function timedAge(work, args) {
  const started = performance.now();
  const run = spawnSync('/usr/bin/age', args, { cwd: work, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`age ${args.join(' ')} failed: ${run.stderr}`);
  return performance.now() - started;
}

/** `age -d` timed as the page times its decrypt: the median of as many runs as it makes (SHORT_STEP_RUNS, test/bench/timing.ts). */
function medianAgeDecrypt(work, args, count) {
  const runs = Array.from({ length: count }, () => timedAge(work, args)).sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}

/** Samples memory while the page runs, attributing each reading to the phase the page announced. */
function memorySampler(cdp, profileDir) {
  const peaks = {};
  let current = '';
  const sample = async () => {
    if (current === '') return;
    const name = current;
    const heap = await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }));
    const rss = chromiumRssMb(profileDir);
    const peak = peaks[name] ?? { heapMb: 0, rssMb: 0, rendererMb: 0 };
    peaks[name] = { heapMb: Math.max(peak.heapMb, Math.round(heap.usedSize / 1e6)), rssMb: Math.max(peak.rssMb, rss.totalMb), rendererMb: Math.max(peak.rendererMb, rss.renderersMb) };
  };
  const timer = setInterval(() => void sample(), SAMPLE_MS);
  return {
    peaks,
    enter: async (name) => {
      await sample();
      current = name;
      await sample();
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * Runs the page with `detainees`; returns its figures, the age timings and the memory peaks per phase.
 * With `profilePrefix` the page is built unminified and its import is recorded as a CPU profile.
 */
export async function chromiumExchangeFigures(detainees, profilePrefix) {
  const work = mkdtempSync(join(tmpdir(), 'habeas-bench-exchange-age-'));
  try {
    return await withBenchPage({ pageDir: 'test/bench/exchange/chromium', minify: profilePrefix === undefined }, async ({ context, page, url, profileDir }) => {
      page.on('console', (message) => console.log(message.text()));
      await context.addInitScript(installSaveBridge);
      const cdp = await context.newCDPSession(page);
      if (profilePrefix !== undefined) await recordCpuProfiles(cdp, profilePrefix);
      const memory = memorySampler(cdp, profileDir);
      const age = {};
      const download = page.waitForEvent('download', { timeout: 0 });
      // If the page dies first, runBenchPage reports it; this wait must not end the process on its own.
      download.catch(() => undefined);
      await page.exposeFunction('benchPhase', (name) => memory.enter(name));
      await page.exposeFunction('benchBundle', async (ageIdentity, decryptRuns) => {
        await (await download).saveAs(join(work, 'bundle.habeas'));
        writeFileSync(join(work, 'key.txt'), `${ageIdentity}\n`, { mode: 0o600 });
        const recipient = spawnSync('/usr/bin/age-keygen', ['-y', 'key.txt'], { cwd: work, encoding: 'utf8' }).stdout.trim();
        age.decryptMs = medianAgeDecrypt(work, ['-d', '-i', 'key.txt', '-o', 'plain.zip', 'bundle.habeas'], decryptRuns);
        age.encryptMs = timedAge(work, ['-r', recipient, '-o', 'again.age', 'plain.zip']);
      });
      try {
        const query = `detainees=${String(detainees)}${profilePrefix === undefined ? '' : '&profile=1'}`;
        const figures = await runBenchPage(page, `${url}?${query}`);
        return { figures, age, memory: memory.peaks };
      } finally {
        memory.stop();
      }
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
