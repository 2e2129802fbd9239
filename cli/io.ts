/**
 * What a command may touch besides the file system: its output streams, the working
 * directory, the clock and threads. main() takes them as an argument so tests run the tool in
 * process, and so nothing a command prints can bypass them.
 */
import type { RangeRunner } from './parallel/parallelVerifier';

/** The tool's surroundings. */
export type CliIo = {
  /**
   * Verifies ranges of a large events file in threads of their own (habeas.ts: worker
   * threads); without it the ranges are verified one after the other on this thread.
   */
  readonly rangeRunner?: RangeRunner;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Relative paths on the command line are resolved against this directory. */
  readonly cwd: string;
  readonly now: () => Date;
};

/** Exit statuses. Scripts rely on them, so they never change meaning. */
export const EXIT = {
  /** The command did what was asked; for verify, the bundle is valid. */
  ok: 0,
  /** The bundle (or file) is invalid: a check failed, and the output names it. */
  invalid: 1,
  /** The command line or a file it names is wrong: unknown option, missing file, output already there. */
  usage: 2,
  /** A fault in the tool itself. */
  internal: 3,
} as const;

/** One of EXIT's values. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A mistake in how the tool was called or in a file it was pointed at. Its message is
 * written for the person at the terminal and printed as is, without a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  /** @param command - the command whose `--help` the message points to, if any */
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

/** Prints one line (adds the newline). */
export function println(write: (text: string) => void, line = ''): void {
  write(`${line}\n`);
}
