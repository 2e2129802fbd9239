import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '@shared/ipc/contract';
import type { IpcHandler } from '../../../../electron/ipc/handle';
import { IpcHandlerError, registerHandler } from '../../../../electron/ipc/handle';
import type { FakeElectron, FakeFrame, FakeWebContents } from '../fakeElectron';
import { fakeElectron, FakeBrowserWindow, invokeEvent, makeFrame } from '../fakeElectron';

vi.mock('electron', async () => (await import('../fakeElectron')).createFakeElectron());

let electron: FakeElectron;
let mainWindow: FakeBrowserWindow | null;
const handler = vi.fn<IpcHandler<'file:save'>>(() => Promise.resolve({ status: 'cancelled' }));

const validSave = { bytes: new Uint8Array([1, 2, 3]), suggestedName: 'report.habeas' };

beforeEach(async () => {
  electron = await fakeElectron();
  electron.ipcHandlers.clear();
  handler.mockClear();
  mainWindow = new FakeBrowserWindow();
  registerHandler('file:save', handler, { getMainWindow: () => mainWindow as unknown as BrowserWindow | null });
});

function call(sender: FakeWebContents, frame: FakeFrame | null, ...args: unknown[]): Promise<IpcResult<unknown>> {
  const listener = electron.ipcHandlers.get('file:save');
  if (listener === undefined) throw new Error('file:save was not registered');
  return listener(invokeEvent(sender, frame), ...args) as Promise<IpcResult<unknown>>;
}

function fromMainFrame(...args: unknown[]): Promise<IpcResult<unknown>> {
  const contents = mainWindow!.webContents;
  return call(contents, contents.mainFrame, ...args);
}

/** A payload that is valid except for an own `__proto__` key, as JSON.parse can produce. */
function withOwnProto(): unknown {
  const payload = JSON.parse('{"suggestedName":"a.txt","__proto__":{"polluted":true}}') as Record<string, unknown>;
  payload.bytes = new Uint8Array([1]);
  return payload;
}

function errorCode(result: IpcResult<unknown>): string | undefined {
  return result.ok ? undefined : result.error.code;
}

describe('registerHandler: sender checks', () => {
  it('runs the handler for the main frame of the main window on app://habeas', async () => {
    const result = await fromMainFrame(validSave);
    expect(result).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0]?.[1]).toEqual({ window: mainWindow });
  });

  it.each(['https://example.org/', 'http://localhost/', 'file:///index.html', 'app://evil/index.html', 'app://habeas.evil/'])(
    'rejects a main frame showing %s',
    async (url) => {
      mainWindow!.webContents.mainFrame.url = url;
      expect(errorCode(await fromMainFrame(validSave))).toBe('bad-sender');
      expect(handler).not.toHaveBeenCalled();
    },
  );

  it('rejects a null senderFrame', async () => {
    expect(errorCode(await call(mainWindow!.webContents, null, validSave))).toBe('bad-sender');
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects a subframe, even one on app://habeas', async () => {
    const contents = mainWindow!.webContents;
    const subframe = makeFrame('app://habeas/index.html', contents.mainFrame);
    expect(errorCode(await call(contents, subframe, validSave))).toBe('bad-sender');
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects another window, even on app://habeas', async () => {
    const other = new FakeBrowserWindow();
    expect(errorCode(await call(other.webContents, other.webContents.mainFrame, validSave))).toBe('bad-sender');
    expect(errorCode(await call(mainWindow!.webContents, other.webContents.mainFrame, validSave))).toBe('bad-sender');
    expect(handler).not.toHaveBeenCalled();
  });

  // Electron never pairs the main window's frame with another sender; the check is a second layer and stays pinned.
  it('rejects a sender that is not the main window, even carrying its main frame', async () => {
    const other = new FakeBrowserWindow();
    expect(errorCode(await call(other.webContents, mainWindow!.webContents.mainFrame, validSave))).toBe('bad-sender');
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects everything when there is no main window or it is destroyed', async () => {
    const contents = mainWindow!.webContents;
    mainWindow!.destroyed = true;
    expect(errorCode(await call(contents, contents.mainFrame, validSave))).toBe('bad-sender');
    mainWindow = null;
    expect(errorCode(await call(contents, contents.mainFrame, validSave))).toBe('bad-sender');
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('registerHandler: payload checks', () => {
  it.each([
    ['no payload', []],
    ['two arguments', [validSave, validSave]],
    ['null', [null]],
    ['a string', ['report']],
    ['missing bytes', [{ suggestedName: 'a.txt' }]],
    ['bytes as a plain array', [{ bytes: [1, 2, 3], suggestedName: 'a.txt' }]],
    ['bytes as a string', [{ bytes: 'AQID', suggestedName: 'a.txt' }]],
    ['an extra key', [{ ...validSave, path: '/etc/passwd' }]],
    ['a prototype-polluting key', [withOwnProto()]],
    ['a path-like name', [{ ...validSave, suggestedName: '../../x' }]],
    ['an absolute name', [{ ...validSave, suggestedName: '/etc/passwd' }]],
    ['a Windows path name', [{ ...validSave, suggestedName: 'C:\\Users\\x.txt' }]],
    ['a NUL in the name', [{ ...validSave, suggestedName: 'a\0.txt' }]],
    ['a huge name', [{ ...validSave, suggestedName: 'a'.repeat(100_000) }]],
    ['a malformed filter', [{ ...validSave, filters: [{ name: 'x', extensions: ['../sh'] }] }]],
  ])('rejects %s as bad-request without running the handler', async (_name, args) => {
    const result = await fromMainFrame(...args);
    expect(errorCode(result)).toBe('bad-request');
    expect(handler).not.toHaveBeenCalled();
    if (!result.ok) expect(result.error.message.length).toBeLessThanOrEqual(301);
  });

  it('explains what was wrong in a readable message', async () => {
    const result = await fromMainFrame({ ...validSave, suggestedName: '../../x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!result.ok) expect(result.error.message).toContain('suggestedName');
  });

  it('checks the sender before looking at the payload', async () => {
    mainWindow!.webContents.mainFrame.url = 'https://example.org/';
    expect(errorCode(await fromMainFrame('garbage'))).toBe('bad-sender');
  });
});

describe('registerHandler: handler failures', () => {
  it('maps an unexpected throw to internal without leaking its message', async () => {
    handler.mockRejectedValueOnce(new Error('EACCES: /home/officer/Cases/detainee-4411.habeas'));
    const result = await fromMainFrame(validSave);
    expect(errorCode(result)).toBe('internal');
    expect(JSON.stringify(result)).not.toMatch(/home|officer|detainee|EACCES/);
  });

  it('maps a thrown non-Error to internal', async () => {
    handler.mockRejectedValueOnce('just a string');
    expect(errorCode(await fromMainFrame(validSave))).toBe('internal');
  });

  it('passes an IpcHandlerError through with its code and message', async () => {
    handler.mockRejectedValueOnce(new IpcHandlerError('too-large', 'The file is too large to open.'));
    expect(await fromMainFrame(validSave)).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'The file is too large to open.' },
    });
  });
});
