// Register table in headless Chromium: builds test/bench/register/scroll with vite, serves
// it on 127.0.0.1 and prints time to the first rows, scroll frame times and keystroke-to-
// frame times over BENCH_DETAINEES synthetic records (default 100,000). Never fails on time.
// Also importable: scripts/bench-register.mjs calls registerScrollFigures.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { runBenchPage, withBenchPage } from '../../scripts/chromiumBench.mjs';

/** The page's figures (name → value), for `detainees` records; `profilePath` records a CPU profile of the scrolling. */
export async function registerScrollFigures(detainees, profilePath) {
  const options = { pageDir: 'test/bench/register/scroll', withReact: true, minify: profilePath === undefined, viewport: { width: 1280, height: 900 } };
  return withBenchPage(options, async ({ context, page, url }) => {
    if (profilePath !== undefined) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      cdp.on('Profiler.consoleProfileFinished', ({ profile }) => {
        writeFileSync(profilePath, JSON.stringify(profile));
        console.log(`CPU profile written to ${profilePath}`);
      });
    }
    return runBenchPage(page, `${url}?detainees=${String(detainees)}${profilePath === undefined ? '' : '&profile=1'}`);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // BENCH_PROFILE=FILE writes a Chromium CPU profile of the scrolling (unminified build) for DevTools.
  console.table(await registerScrollFigures(Number(process.env.BENCH_DETAINEES ?? 100_000), process.env.BENCH_PROFILE));
}
