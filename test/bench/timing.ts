/** Timing for the benchmark pages that run in headless Chromium. */

/** The work's result and how long it took, in milliseconds. */
export async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

/**
 * `timed`, recorded as a CPU profile named `title` when the page was asked for profiles
 * (BENCH_PROFILE; the script writes what console.profile brackets, chromiumBench.mjs).
 */
export async function profiled<T>(title: string, isProfiling: boolean, work: () => Promise<T> | T): Promise<[T, number]> {
  if (!isProfiling) return timed(work);
  console.profile(title);
  try {
    return await timed(work);
  } finally {
    console.profileEnd(title);
  }
}

/**
 * Runs of a step under a second, whose single timing the machine's noise can swing by a
 * tenth: such a step and its baseline are each timed this many times and their medians compared.
 */
export const SHORT_STEP_RUNS = 3;

/** The median of timings (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
