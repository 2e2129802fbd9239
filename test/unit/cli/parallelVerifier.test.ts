/**
 * Verifying an events file in ranges gives exactly the one-pass verdict: the same runs,
 * lines, heads and clock warnings (positions counted from each run's start) for a file cut
 * at every possible place, and the same first problem for a file that is wrong anywhere,
 * including at the line a range continues from.
 */
import { describe, expect, it } from 'vitest';
import type { Inflated } from '@shared/bundle/inflate';
import type { EventsContext } from '@shared/bundle/runVerdicts';
import { verifyEventsSerially } from '@shared/bundle/runVerdicts';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { hashEvent } from '@shared/ledger/chain';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { utf8Encode } from '@shared/util/bytes';
import { fixedClock, steppingClock } from '@shared/util/clock';
import type { RangeRunner } from '../../../cli/parallel/parallelVerifier';
import { inThreadRangeRunner, MAX_AUTO_THREADS, MIN_AUTO_RANGE_BYTES, parallelEventsVerifier, rangeCount } from '../../../cli/parallel/parallelVerifier';
import { splitIntoRanges } from '../../../cli/parallel/ranges';
import { aChainOf, aLedger } from '../../builders/ledger';

// Ledger A runs past the checking clock (future-timestamp warnings); B's clock goes back
// (clock-regression warnings); C is plain. Each is one run of the file.
const context: EventsContext = { registry: coreEventRegistry, clock: fixedClock('2026-11-26T07:52:00.000Z'), maxLineBytes: 4096 };
const ledgers = [
  aChainOf(9, { ledger: aLedger({ seed: 'parallel-a' }) }),
  aChainOf(7, { ledger: aLedger({ seed: 'parallel-b', clock: steppingClock('2026-11-26T07:00:00.000Z', -60_000) }) }),
  aChainOf(6, { ledger: aLedger({ seed: 'parallel-c' }) }),
];
const lines = ledgers.flat().map((event) => canonicalJson(event));

function fileOf(fileLines: readonly string[]): Inflated {
  const bytes = utf8Encode(fileLines.map((line) => `${line}\n`).join(''));
  return { chunks: [bytes], bytes: bytes.length };
}

/** A runner that verifies in this thread and records whether every range passed on its own. */
function recordingRunner(): { runner: RangeRunner; tasks: number[]; allPassed: boolean[] } {
  const inner = inThreadRangeRunner(coreEventRegistry, SMALL_SLICE_BYTES);
  const record = { tasks: [] as number[], allPassed: [] as boolean[] };
  const runner: RangeRunner = async (bytes, tasks) => {
    const outcomes = await inner(bytes, tasks);
    record.tasks.push(tasks.length);
    record.allPassed.push(outcomes.every((outcome) => outcome.ok));
    return outcomes;
  };
  return { runner, ...record };
}

/** Slices of a few lines, so that ranges are verified in several slices too. */
const SMALL_SLICE_BYTES = 3000;

async function bothVerdicts(fileLines: readonly string[], threads: number, runner: RangeRunner = inThreadRangeRunner(coreEventRegistry, SMALL_SLICE_BYTES)) {
  const parallel = await parallelEventsVerifier(runner, threads, 1)(fileOf(fileLines), context);
  const serial = await verifyEventsSerially(fileOf(fileLines), context);
  return { parallel, serial };
}

/** The file with event `index` changed and its hash computed again, so that only the change is wrong. */
function withEvent(index: number, change: (event: Record<string, unknown>) => Record<string, unknown>): string[] {
  const event = JSON.parse(lines[index] ?? '{}') as Record<string, unknown>;
  const changed = change(Object.fromEntries(Object.entries(event).filter(([key]) => key !== 'hash')));
  const line = canonicalJson({ ...changed, hash: hashEvent(changed as LedgerEvent) });
  return lines.map((original, at) => (at === index ? line : original));
}

describe('splitIntoRanges', () => {
  it('cuts a file into whole lines, each range knowing the line before it', () => {
    const bytes = fileOf(lines).chunks[0] ?? new Uint8Array();
    for (let parts = 1; parts <= lines.length + 3; parts++) {
      const ranges = splitIntoRanges(bytes, parts);
      expect(ranges.length).toBeLessThanOrEqual(Math.min(parts, lines.length));
      if (parts <= 4) expect(ranges).toHaveLength(parts);
      expect(ranges[0]).toMatchObject({ start: 0, predecessorStart: null });
      expect(ranges.at(-1)?.end).toBe(bytes.length);
      for (const [index, range] of ranges.entries()) {
        expect(bytes[range.end - 1]).toBe(0x0a);
        const before = ranges[index - 1];
        if (before === undefined) continue;
        expect(range.start).toBe(before.end);
        expect(range.predecessorStart).toBe(bytes.lastIndexOf(0x0a, range.start - 2) + 1);
      }
    }
  });
});

describe('rangeCount', () => {
  it('follows the choice given, and by default uses the cores only for files worth it', () => {
    expect(rangeCount(10, 3, 1)).toBe(3);
    expect(rangeCount(MIN_AUTO_RANGE_BYTES * 2 - 1, 'auto', 8)).toBe(1);
    expect(rangeCount(MIN_AUTO_RANGE_BYTES * 2, 'auto', 8)).toBe(2);
    expect(rangeCount(MIN_AUTO_RANGE_BYTES * 100, 'auto', 2)).toBe(2);
    expect(rangeCount(MIN_AUTO_RANGE_BYTES * 100, 'auto', 64)).toBe(MAX_AUTO_THREADS);
  });
});

describe('parallelEventsVerifier', () => {
  it('gives the one-pass verdict for a valid file cut anywhere, every range passing on its own', async () => {
    const serial = await verifyEventsSerially(fileOf(lines), context);
    expect(serial.ok && serial.value.flatMap((run) => run.verified.warnings.map((warning) => warning.kind))).toEqual(
      expect.arrayContaining(['future-timestamp', 'clock-regression']),
    );
    for (let threads = 1; threads <= lines.length + 1; threads++) {
      const recorded = recordingRunner();
      const { parallel } = await bothVerdicts(lines, threads, recorded.runner);
      expect(parallel).toEqual(serial);
      if (threads > 1) expect(recorded.allPassed).toEqual([true]);
    }
  });

  it('names the same first problem as one pass, wherever the file is wrong', async () => {
    const broken: [string, string[]][] = [
      ['a line that is not canonical JSON', lines.map((line, at) => (at === 11 ? ` ${line}` : line))],
      ['a broken prev link inside a run', withEvent(4, (event) => ({ ...event, prev: '0'.repeat(64) }))],
      ['a broken prev link where a run begins', withEvent(9, (event) => ({ ...event, prev: '0'.repeat(64) }))],
      ['a seq gap', withEvent(13, (event) => ({ ...event, seq: 9 }))],
      ['a line with no ledger', withEvent(17, (event) => Object.fromEntries(Object.entries(event).filter(([key]) => key !== 'ledger')))],
      ['a hash that is not the event\'s', lines.map((line, at) => (at === 6 ? line.replace(/"hash":"[0-9a-f]/, '"hash":"x') : line))],
      ['a bad line after a broken link', withEvent(2, (event) => ({ ...event, prev: 'f'.repeat(64) })).map((line, at) => (at === 20 ? '{}' : line))],
    ];
    for (const [what, fileLines] of broken) {
      for (let threads = 2; threads <= lines.length + 1; threads++) {
        const { parallel, serial } = await bothVerdicts(fileLines, threads);
        expect(serial.ok, what).toBe(false);
        expect(parallel, `${what}, ${threads} ranges`).toEqual(serial);
      }
    }
  });

  it('verifies a file in pieces in one pass', async () => {
    const whole = fileOf(lines).chunks[0] ?? new Uint8Array();
    const recorded = recordingRunner();
    const pieces: Inflated = { chunks: [whole.subarray(0, 1000), whole.subarray(1000)], bytes: whole.length };
    const verdict = await parallelEventsVerifier(recorded.runner, 4, 1)(pieces, context);
    expect(verdict).toEqual(await verifyEventsSerially(fileOf(lines), context));
    expect(recorded.tasks).toEqual([]);
  });
});
