/**
 * Entry point of out/cli/habeas.mjs: real arguments, streams, directory, clock and worker
 * threads. A worker thread runs this same file to verify one range of a bundle's events.
 */
import process from 'node:process';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { main } from './main';
import { isRangeWorker, serveRangeWorker, workerRangeRunner } from './parallel/workers';

if (!isMainThread && isRangeWorker(workerData) && parentPort !== null) {
  await serveRangeWorker(workerData, parentPort);
} else {
  const exitCode = await main(
    process.argv.slice(2),
    {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      cwd: process.cwd(),
      now: () => new Date(),
      rangeRunner: workerRangeRunner(new URL(import.meta.url)),
    },
    { debug: process.env.HABEAS_DEBUG === '1' },
  );
  // Setting exitCode (not calling exit) lets pending output reach a pipe before Node exits.
  process.exitCode = exitCode;
}
