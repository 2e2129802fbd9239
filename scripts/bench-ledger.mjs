// Ledger benchmark (`npm run bench:ledger`): builds test/bench/ledger with vite, serves it
// on 127.0.0.1, runs it in headless Chromium and prints the figures. Never fails on time.
// BENCH_EVENTS (default 1,000,000), BENCH_APPENDS (10,000), BENCH_PAGE_SIZE (1,000).
// BENCH_PROFILE=PREFIX records Chromium CPU profiles of the import and of the verification
// (unminified build, so that function names survive) as PREFIX-import-1.cpuprofile etc.,
// for Chrome DevTools or speedscope.
import { recordCpuProfiles, runBenchPage, withBenchPage } from './chromiumBench.mjs';

const events = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const appends = Number(process.env.BENCH_APPENDS ?? 10_000);
const pageSize = Number(process.env.BENCH_PAGE_SIZE ?? 1000);
const profilePath = process.env.BENCH_PROFILE;

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

async function main() {
  await withBenchPage({ pageDir: 'test/bench/ledger', minify: profilePath === undefined }, async ({ context, page, url }) => {
    page.on('console', (message) => console.log(message.text()));
    if (profilePath !== undefined) await recordCpuProfiles(await context.newCDPSession(page), profilePath);
    const started = Date.now();
    const query = `events=${events}&appends=${appends}&pageSize=${pageSize}${profilePath === undefined ? '' : '&profile=1'}`;
    const result = await runBenchPage(page, `${url}?${query}`);
    console.log(`\nLedger benchmark: ${events} events, ${appends} appends, pages of ${pageSize}, ${((Date.now() - started) / 1000).toFixed(0)} s in Chromium\n`);
    printTable(result);
  });
}

await main();
