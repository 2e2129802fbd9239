/** Entry point of out/cli/habeas.mjs: real arguments, streams, directory and clock. */
import process from 'node:process';
import { main } from './main';

const exitCode = await main(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    now: () => new Date(),
  },
  { debug: process.env.HABEAS_DEBUG === '1' },
);
// Setting exitCode (not calling exit) lets pending output reach a pipe before Node exits.
process.exitCode = exitCode;
