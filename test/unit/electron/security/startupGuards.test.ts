import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { devToolsAllowed, findDebuggingSwitch, purgeCrashDumps } from '../../../../electron/security/startupGuards';

const commandLine = (...switches: string[]) => ({ hasSwitch: (name: string) => switches.includes(name) });

describe('findDebuggingSwitch', () => {
  it.each(['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk'])('finds --%s as a switch', (name) => {
    expect(findDebuggingSwitch(commandLine(name), [])).toBe(name);
  });

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

describe('devToolsAllowed', () => {
  it('needs both an unpackaged build and HABEAS_DEVTOOLS=1', () => {
    expect(devToolsAllowed(false, { HABEAS_DEVTOOLS: '1' })).toBe(true);
    expect(devToolsAllowed(true, { HABEAS_DEVTOOLS: '1' })).toBe(false);
    expect(devToolsAllowed(false, {})).toBe(false);
    expect(devToolsAllowed(false, { HABEAS_DEVTOOLS: 'true' })).toBe(false);
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
