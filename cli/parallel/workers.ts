/**
 * Ranges verified in worker threads. The tool is one file (out/cli/habeas.mjs), so each
 * worker runs that same file, which sees it is a worker and serves one range
 * (serveRangeWorker) instead of the command line. The events file is copied once into
 * shared memory that every worker reads; only the verdicts come back.
 */
import type { MessagePort } from 'node:worker_threads';
import { Worker } from 'node:worker_threads';
import { CLI_EVENT_REGISTRY } from '../eventRegistry';
import type { RangeRunner } from './parallelVerifier';
import type { RangeOutcome, RangeTask } from './verifyRange';
import { RANGE_FAILED, verifyRange } from './verifyRange';

/** What a verifying worker is started with. */
type WorkerData = { role: typeof VERIFY_ROLE; bytes: Uint8Array; task: RangeTask };

const VERIFY_ROLE = 'habeas-verify-range';

/** A RangeRunner starting one worker per range from `script`, the tool's own file. */
export function workerRangeRunner(script: URL): RangeRunner {
  return async (bytes, tasks) => {
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
    shared.set(bytes);
    return Promise.all(tasks.map((task) => runInWorker(script, { role: VERIFY_ROLE, bytes: shared, task })));
  };
}

function runInWorker(script: URL, data: WorkerData): Promise<RangeOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(script, { workerData: data });
    // A worker that fails to start or throws is a failed range: one pass then decides.
    worker.once('message', (outcome: RangeOutcome) => {
      resolve(outcome);
    });
    worker.once('error', () => {
      resolve(RANGE_FAILED);
    });
    worker.once('exit', () => {
      resolve(RANGE_FAILED);
    });
  });
}

/** Whether this thread was started by workerRangeRunner. */
export function isRangeWorker(data: unknown): data is WorkerData {
  return typeof data === 'object' && data !== null && 'role' in data && data.role === VERIFY_ROLE;
}

/** In a worker started by workerRangeRunner: verifies its range and posts the outcome. */
export async function serveRangeWorker(data: WorkerData, port: MessagePort): Promise<void> {
  port.postMessage(await verifyRange(data.bytes, data.task, CLI_EVENT_REGISTRY));
}
