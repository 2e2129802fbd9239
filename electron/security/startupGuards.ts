import { rm } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';

/** Exit status when the app refuses to run because a debugging interface was requested. */
export const EXIT_CODE_DEBUGGING_REFUSED = 3;
/** Exit status when startup itself fails. */
export const EXIT_CODE_STARTUP_FAILED = 1;

/**
 * Chromium's remote debugging switches are not covered by the Node-inspect fuse, and any
 * of these would let another local process read the register out of memory.
 */
export const DEBUGGING_SWITCHES: readonly string[] = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
  'inspect-wait',
];

export type SwitchReader = { hasSwitch: (name: string) => boolean };

function argumentNamesSwitch(argument: string, name: string): boolean {
  return argument === `--${name}` || argument.startsWith(`--${name}=`);
}

/** The first debugging switch present on the command line, or null. */
export function findDebuggingSwitch(commandLine: SwitchReader, argv: readonly string[]): string | null {
  for (const name of DEBUGGING_SWITCHES) {
    if (commandLine.hasSwitch(name) || argv.some((argument) => argumentNamesSwitch(argument, name))) return name;
  }
  return null;
}

/** DevTools exist only in an unpackaged build started with `HABEAS_DEVTOOLS=1`, never in a release. */
export function devToolsAllowed(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return !isPackaged && env.HABEAS_DEVTOOLS === '1';
}

function isInside(parent: string, child: string): boolean {
  const fromParent = relative(parent, child);
  return fromParent !== '' && fromParent !== '..' && !fromParent.startsWith(`..${sep}`) && !isAbsolute(fromParent);
}

/**
 * Crash reporting is never started, so nothing is collected or uploaded; this removes
 * dumps an earlier build or Chromium itself may have left, since they can hold register
 * data. Refuses to delete anything outside the app's own data directory.
 */
export async function purgeCrashDumps(paths: { readonly crashDumps: string; readonly userData: string }): Promise<boolean> {
  if (!isInside(paths.userData, paths.crashDumps)) return false;
  await rm(paths.crashDumps, { recursive: true, force: true });
  return true;
}
