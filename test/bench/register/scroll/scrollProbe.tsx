/**
 * The register table in headless Chromium with BENCH_DETAINEES synthetic records (the
 * shared generator, projected by the custody reducer): time to the first rendered rows,
 * then frame times while the list scrolls through the whole register, and per keystroke
 * of the search box the time until the list shows the new rows. Run by
 * test/bench/registerScroll.mjs; prints figures, never fails on time.
 */
import { applyCustodyEvents, custodyRecords, initialCustodyState } from '@shared/custody/custodyProjection';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { generateFacility } from '@shared/custody/synthetic/generateFacility';
import { nameIndexOf } from '../../../../renderer/features/register/searchIndex';
import { unhashedSyntheticEvents } from '../../../builders/custody';
import { frame, renderRegister, setProbeQuery } from '../registerProbe';

type Figures = Record<string, number | string>;
type BenchWindow = Window & { __benchResult?: Figures; __benchError?: string };

const params = new URLSearchParams(location.search);
const DETAINEES = Number(params.get('detainees') ?? 100_000);
const NOW = '2026-11-26T08:00:00Z';
const QUERIES = ['Mohamed Al', 'محمد', 'Husain', 'Fatima Zahra', 'Abd Allah', 'CRP-004821', 'Youssef', 'علي حسن'];

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function projected(): CustodyRecord[] {
  const facility = generateFacility({ detainees: DETAINEES, seed: 'register-scroll', start: '2025-11-26T00:00:00Z', now: NOW, registerPrefix: 'CRP' });
  return [...custodyRecords(applyCustodyEvents(initialCustodyState(), unhashedSyntheticEvents(facility)))];
}

/** Long animation frames (Chromium's LoAF entries): where a slow frame's time went. */
type LongFrame = PerformanceEntry & { renderStart: number; styleAndLayoutStart: number; scripts: readonly { duration: number }[] };
const longFrames: LongFrame[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longFrames.push(entry as LongFrame);
}).observe({ type: 'long-animation-frame', buffered: false });

/** Mean script, style-and-layout, and paint time of the long frames seen since `from`. */
function breakdown(from: number): { script: number; layout: number; paint: number; count: number } {
  const frames = longFrames.slice(from);
  const sum = (pick: (frame: LongFrame) => number) => frames.reduce((total, frame) => total + pick(frame), 0) / Math.max(frames.length, 1);
  return {
    script: sum((frame) => frame.scripts.reduce((total, script) => total + script.duration, 0)),
    layout: sum((frame) => (frame.styleAndLayoutStart > 0 ? frame.startTime + frame.duration - frame.styleAndLayoutStart : 0)),
    paint: sum((frame) => (frame.renderStart > 0 && frame.styleAndLayoutStart > 0 ? frame.styleAndLayoutStart - frame.renderStart : 0)),
    count: frames.length,
  };
}

/** Frame intervals while scrolling `step` px a frame, `frames` times. */
async function scrollBy(scroller: HTMLElement, step: number, frames: number): Promise<number[]> {
  const intervals: number[] = [];
  let last = await frame();
  for (let i = 0; i < frames; i++) {
    scroller.scrollTop += step;
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  return intervals;
}

async function scrollFrames(): Promise<number[]> {
  const scroller = document.querySelector<HTMLElement>('.register-scroll');
  if (scroller === null) throw new Error('no list');
  const intervals: number[] = [];
  let last = await frame();
  // A brisk scroll: 40 rows a frame, over 600 frames, then jumps far down and back.
  for (let i = 0; i < 600; i++) {
    scroller.scrollTop += 40 * 68;
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  for (const fraction of [0.5, 0.9, 0.1, 1, 0]) {
    scroller.scrollTop = fraction * scroller.scrollHeight;
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  return intervals;
}

async function keystrokes(): Promise<number[]> {
  const times: number[] = [];
  for (const query of QUERIES) {
    for (let length = 1; length <= query.length; length++) {
      const started = performance.now();
      setProbeQuery(query.slice(0, length));
      await frame();
      times.push(performance.now() - started);
    }
  }
  return times;
}

async function main(): Promise<Figures> {
  const generated = performance.now();
  const records = projected();
  const ready = performance.now();
  nameIndexOf(records);
  const indexed = performance.now();
  await renderRegister(document.getElementById('root') ?? document.body, records, Date.parse(NOW));
  const rendered = performance.now();
  const scroller = document.querySelector<HTMLElement>('.register-scroll');
  if (scroller === null) throw new Error('no list');
  const gentle = await scrollBy(scroller, 12, 300);
  const idle = await scrollBy(scroller, 0, 120);
  const firstLong = longFrames.length;
  if (params.has('profile')) console.profile('scroll');
  const scroll = await scrollFrames();
  if (params.has('profile')) console.profileEnd('scroll');
  const slow = breakdown(firstLong);
  const typed = await keystrokes();
  return {
    records: records.length,
    'generate + project (s)': ((ready - generated) / 1000).toFixed(1),
    'name index build (ms)': Math.round(indexed - ready),
    'first rows rendered (ms)': Math.round(rendered - indexed),
    'idle frame p50 (ms)': percentile(idle, 0.5).toFixed(1),
    'gentle scroll (12 px a frame) frame p50 (ms)': percentile(gentle, 0.5).toFixed(1),
    'gentle scroll frame p95 (ms)': percentile(gentle, 0.95).toFixed(1),
    'scroll frame p50 (ms)': percentile(scroll, 0.5).toFixed(1),
    'scroll frame p95 (ms)': percentile(scroll, 0.95).toFixed(1),
    'scroll frame max (ms)': Math.max(...scroll).toFixed(1),
    'long frames (> 50 ms) while scrolling': slow.count,
    'long frame: scripts, mean (ms)': slow.script.toFixed(1),
    'long frame: rendering before style, mean (ms)': slow.paint.toFixed(1),
    'long frame: style, layout and paint, mean (ms)': slow.layout.toFixed(1),
    'keystroke to next frame p50 (ms)': percentile(typed, 0.5).toFixed(1),
    'keystroke to next frame p95 (ms)': percentile(typed, 0.95).toFixed(1),
    'keystroke to next frame max (ms)': Math.max(...typed).toFixed(1),
    'rows in the page while scrolling': document.querySelectorAll('.register-body [role="row"]').length,
  };
}

main().then(
  (figures) => {
    (window as BenchWindow).__benchResult = figures;
  },
  (error: unknown) => {
    (window as BenchWindow).__benchError = String(error);
  },
);
