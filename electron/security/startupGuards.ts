import { rm } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';

/** Exit status when the app refuses to run because a debugging interface was requested. */
export const EXIT_CODE_DEBUGGING_REFUSED = 3;
/** Exit status when startup itself fails. */
export const EXIT_CODE_STARTUP_FAILED = 1;

/**
 * Chromium's remote debugging switches are not covered by the Node-inspect fuse, and any
 * of these would let another local process read the register out of memory. The Node
 * names are exactly those Electron forwards to Node (`IsAllowedDebugOption` in
 * shell/common/node_bindings.cc), aliases included.
 */
export const DEBUGGING_SWITCHES: readonly string[] = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'inspect',
  'inspect-brk',
  'inspect-brk-node',
  'inspect-port',
  'inspect-publish-uid',
  'inspect-wait',
  'debug',
  'debug-brk',
  'debug-port',
];

export type SwitchReader = { hasSwitch: (name: string) => boolean };
export type SwitchRemover = { removeSwitch: (name: string) => void };

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

/**
 * Exiting before `ready` does not stop Chromium from finishing startup, and it opens the
 * remote debugging port on the way; removing the switches first means it never listens.
 */
export function removeDebuggingSwitches(commandLine: SwitchRemover): void {
  for (const name of DEBUGGING_SWITCHES) commandLine.removeSwitch(name);
}

/** A Node inspector that is already listening, however it was started (argv, NODE_OPTIONS, SIGUSR1). */
export function inspectorListening(inspectorUrl: string | undefined): boolean {
  return inspectorUrl !== undefined && inspectorUrl !== '';
}

export type DevToolsContext = {
  readonly isPackaged: boolean;
  /** `app.getAppPath()`: an `.asar` archive in every release build. */
  readonly appPath: string;
  readonly env: Readonly<Record<string, string | undefined>>;
};

/** True when the app code is read from an asar archive, as in every release build. */
export function isAsarAppPath(appPath: string): boolean {
  return appPath.split(/[\\/]/).some((segment) => segment.toLowerCase().endsWith('.asar'));
}

/**
 * DevTools exist only in an unpackaged build started with `HABEAS_DEVTOOLS=1`, never in a
 * release. `isPackaged` alone is not enough: Electron derives it from the executable's
 * name, so a copy of the release renamed to `electron` reports false. The release always
 * loads from app.asar (the OnlyLoadAppFromAsar fuse), which a rename does not change.
 */
export function devToolsAllowed(context: DevToolsContext): boolean {
  return !context.isPackaged && !isAsarAppPath(context.appPath) && context.env.HABEAS_DEVTOOLS === '1';
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
