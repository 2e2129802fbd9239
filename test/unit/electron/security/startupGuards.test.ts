import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEBUGGING_SWITCHES,
  devToolsAllowed,
  findDebuggingSwitch,
  inspectorListening,
  isAsarAppPath,
  purgeCrashDumps,
  removeDebuggingSwitches,
} from '../../../../electron/security/startupGuards';

const commandLine = (...switches: string[]) => ({ hasSwitch: (name: string) => switches.includes(name) });

describe('findDebuggingSwitch', () => {
  it.each(['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk'])('finds --%s as a switch', (name) => {
    expect(findDebuggingSwitch(commandLine(name), [])).toBe(name);
  });

  // Every Node debug option Electron forwards (IsAllowedDebugOption in shell/common/node_bindings.cc).
  it.each(['--inspect-brk-node', '--debug', '--debug-brk=5858', '--debug-port=9229', '--inspect-publish-uid=http'])(
    'finds the Electron-forwarded Node option %s in argv',
    (argument) => {
      expect(findDebuggingSwitch(commandLine(), ['/opt/Habeas/habeas', argument])).not.toBeNull();
    },
  );

  it.each([
    ['--remote-debugging-port=9222', 'remote-debugging-port'],
    ['--inspect', 'inspect'],
    ['--inspect=0.0.0.0:9229', 'inspect'],
    ['--inspect-brk=9229', 'inspect-brk'],
  ])('finds %s in argv', (argument, name) => {
    expect(findDebuggingSwitch(commandLine(), ['/opt/Habeas/habeas', argument])).toBe(name);
  });

  it('ignores ordinary arguments, including look-alikes', () => {
    expect(findDebuggingSwitch(commandLine('lang'), ['/opt/Habeas/habeas', '--lang=ar', '--inspector-theme', 'inspect'])).toBeNull();
  });
});

describe('removeDebuggingSwitches', () => {
  it('removes every debugging switch, so Chromium never opens the port while the app exits', () => {
    const present = new Set(['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'lang']);
    removeDebuggingSwitches({ removeSwitch: (name) => present.delete(name) });
    expect([...present]).toEqual(['lang']);
  });

  it('covers the whole list', () => {
    const removed: string[] = [];
    removeDebuggingSwitches({ removeSwitch: (name) => removed.push(name) });
    expect(removed).toEqual(DEBUGGING_SWITCHES);
  });
});

describe('inspectorListening', () => {
  it('is true only when the inspector reports a URL', () => {
    expect(inspectorListening('ws://127.0.0.1:9229/1c5d')).toBe(true);
    expect(inspectorListening(undefined)).toBe(false);
    expect(inspectorListening('')).toBe(false);
  });
});

describe('devToolsAllowed', () => {
  const devRun = { isPackaged: false, appPath: '/home/dev/habeas', env: { HABEAS_DEVTOOLS: '1' } };

  it('needs both an unpackaged build and HABEAS_DEVTOOLS=1', () => {
    expect(devToolsAllowed(devRun)).toBe(true);
    expect(devToolsAllowed({ ...devRun, isPackaged: true })).toBe(false);
    expect(devToolsAllowed({ ...devRun, env: {} })).toBe(false);
    expect(devToolsAllowed({ ...devRun, env: { HABEAS_DEVTOOLS: 'true' } })).toBe(false);
  });

  // Electron's isPackaged is just "the executable is not called electron": a renamed copy of a release says false.
  it.each(['/tmp/copy/resources/app.asar', 'C:\\Users\\x\\copy\\resources\\app.asar', '/tmp/Copy.app/Contents/Resources/APP.ASAR'])(
    'stays off for a release renamed to electron (app loaded from %s)',
    (appPath) => {
      expect(devToolsAllowed({ ...devRun, appPath })).toBe(false);
    },
  );

  it('recognises asar app paths only', () => {
    expect(isAsarAppPath('/opt/Habeas/resources/app.asar')).toBe(true);
    expect(isAsarAppPath('/home/dev/habeas')).toBe(false);
    expect(isAsarAppPath('/home/dev/asar-notes/habeas')).toBe(false);
  });
});

describe('purgeCrashDumps', () => {
  let base: string;

  beforeEach(async () => {
    base = await mkdtemp(join(tmpdir(), 'habeas-dumps-'));
  });

  afterEach(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('removes the crash dump directory inside userData', async () => {
    const userData = join(base, 'userData');
    await mkdir(join(userData, 'Crashpad', 'completed'), { recursive: true });
    await writeFile(join(userData, 'Crashpad', 'completed', 'x.dmp'), 'memory');
    await writeFile(join(userData, 'keep.json'), '{}');
    expect(await purgeCrashDumps({ userData, crashDumps: join(userData, 'Crashpad') })).toBe(true);
    expect(await readdir(userData)).toEqual(['keep.json']);
  });

  it('refuses to delete anything outside userData, or userData itself', async () => {
    const userData = join(base, 'userData');
    const elsewhere = join(base, 'elsewhere');
    await mkdir(userData);
    await mkdir(elsewhere);
    expect(await purgeCrashDumps({ userData, crashDumps: elsewhere })).toBe(false);
    expect(await purgeCrashDumps({ userData, crashDumps: userData })).toBe(false);
    expect(await purgeCrashDumps({ userData, crashDumps: join(userData, '..') })).toBe(false);
    expect((await readdir(base)).sort()).toEqual(['elsewhere', 'userData']);
  });
});
