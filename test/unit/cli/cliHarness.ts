/**
 * Runs the command-line tool in process through main(), with its output captured, in a
 * scratch directory per test file. The clock is fixed, so make-demo's events and the
 * verification's "future timestamp" reference agree.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../cli/main';

/** The fixed present of every in-process run. */
export const CLI_NOW = new Date('2026-11-26T10:00:00.000Z');

export type CliRun = { code: number; stdout: string; stderr: string };

/** Runs `habeas …argv` in `cwd`. */
export async function runCli(cwd: string, ...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    now: () => CLI_NOW,
  });
  return { code, stdout, stderr };
}

/** A scratch directory, and a function that removes it. */
export function scratchDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `habeas-cli-${prefix}-`));
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs `habeas keygen` and fails the test if it did not work. */
export async function keygen(cwd: string, dir: string, facility: string): Promise<void> {
  const run = await runCli(cwd, 'keygen', '--out', dir, '--facility', facility);
  if (run.code !== 0) throw new Error(`keygen failed: ${run.stderr}`);
}

/** Runs `habeas make-demo` and fails the test if it did not work. */
export async function makeDemo(cwd: string, out: string, options: { identity: string; to: readonly string[]; detainees?: number; seed?: string }): Promise<CliRun> {
  const to = options.to.flatMap((recipient) => ['--to', recipient]);
  const seed = options.seed === undefined ? [] : ['--seed', options.seed];
  const run = await runCli(cwd, 'make-demo', '--detainees', String(options.detainees ?? 12), '--out', out, '--identity', options.identity, ...to, ...seed);
  if (run.code !== 0) throw new Error(`make-demo failed: ${run.stderr}`);
  return run;
}

/** The age recipient in an identity directory's key.txt. */
export function recipientOf(cwd: string, identityDir: string): string {
  const text = readFileSync(join(cwd, identityDir, 'key.txt'), 'utf8');
  const recipient = /^# public key: (age1[0-9a-z]+)$/m.exec(text)?.[1];
  if (recipient === undefined) throw new Error('no public key line in key.txt');
  return recipient;
}

/** Debian's age CLI, which the interoperability tests need (CI installs it). */
export const AGE = '/usr/bin/age';

/** Runs a program in `cwd` and returns its stdout; throws if it fails. */
export function runTool(cwd: string, command: string, args: readonly string[]): Buffer {
  if (!existsSync(command)) throw new Error(`${command} is missing: run "apt-get install -y age unzip" (scripts/ensure-system-deps.mjs installs them)`);
  return execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}
