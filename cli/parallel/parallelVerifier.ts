/**
 * Verifying a bundle's events in several threads (`habeas verify`/`decrypt` on a large
 * bundle): the events file is cut into ranges of whole lines, each verified on its own
 * (verifyRange), and their verdicts joined into the runs one pass would give. That is the
 * same verdict because every range is verified exactly as the slices of one pass are,
 * linked to the event before it. If any range fails, the file is verified again in one
 * pass, so that a refused bundle names the same first problem as the app's importer.
 */
import type { EventsVerifier } from '@shared/bundle/runVerdicts';
import { verifyEventsSerially } from '@shared/bundle/runVerdicts';
import type { EventRegistry } from '@shared/ledger/registry';
import { systemClock } from '@shared/util/clock';
import { ok } from '@shared/util/result';
import { joinPieces, splitIntoRanges } from './ranges';
import type { RangeOutcome, RangeTask } from './verifyRange';
import { SLICE_BYTES, verifyRange } from './verifyRange';

/** Verifies ranges of one events file, each in a thread of its own or one after the other. */
export type RangeRunner = (bytes: Uint8Array, tasks: readonly RangeTask[]) => Promise<RangeOutcome[]>;

/**
 * How many threads: a number the person chose, or 'auto' — one per core, at most
 * MAX_AUTO_THREADS, and only for files of more than MIN_AUTO_RANGE_BYTES per thread
 * (starting a thread costs about as much as verifying a few thousand events).
 */
export type ThreadChoice = number | 'auto';

export const MAX_AUTO_THREADS = 4;
export const MIN_AUTO_RANGE_BYTES = 8 * 2 ** 20;

/** The number of ranges to cut a file of `fileBytes` into. */
export function rangeCount(fileBytes: number, threads: ThreadChoice, cores: number): number {
  if (threads !== 'auto') return threads;
  return Math.max(1, Math.min(cores, MAX_AUTO_THREADS, Math.floor(fileBytes / MIN_AUTO_RANGE_BYTES)));
}

/** An EventsVerifier that runs ranges through `runner`; one pass for a file in pieces or worth one range. */
export function parallelEventsVerifier(runner: RangeRunner, threads: ThreadChoice, cores: number): EventsVerifier {
  return async (file, context) => {
    const [bytes] = file.chunks;
    const parts = bytes === undefined || file.chunks.length > 1 ? 1 : rangeCount(bytes.length, threads, cores);
    if (bytes === undefined || parts < 2) return verifyEventsSerially(file, context);
    const nowMs = (context.clock ?? systemClock).now().getTime();
    const ranges = splitIntoRanges(bytes, parts);
    const outcomes = await runner(bytes, ranges.map((range) => ({ range, maxLineBytes: context.maxLineBytes, nowMs })));
    if (!outcomes.every((outcome) => outcome.ok)) return verifyEventsSerially(file, context);
    return ok(joinPieces(bytes, outcomes.flatMap((outcome) => outcome.pieces)));
  };
}

/**
 * A RangeRunner on the calling thread, one range after the other (tests, and a tool
 * without threads); each range is verified `sliceBytes` at a time.
 */
export function inThreadRangeRunner(registry: EventRegistry, sliceBytes = SLICE_BYTES): RangeRunner {
  return async (bytes, tasks) => {
    const outcomes: RangeOutcome[] = [];
    for (const task of tasks) outcomes.push(await verifyRange(bytes, task, registry, sliceBytes));
    return outcomes;
  };
}
