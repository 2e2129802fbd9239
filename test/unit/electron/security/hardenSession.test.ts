import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { defaultSessionPolicy, hardenSession } from '../../../../electron/security/hardenSession';
import { FakeSession } from '../fakeElectron';

vi.mock('electron', async () => (await import('../fakeElectron')).createFakeElectron());

function hardened(devTools = false): FakeSession {
  const session = new FakeSession();
  hardenSession(session as unknown as Session, defaultSessionPolicy({ devTools }));
  return session;
}

const BLOCKED = [
  'https://example.org/',
  'http://example.org/',
  'ws://127.0.0.1:8080/',
  'wss://example.org/socket',
  'ftp://example.org/file',
  'file:///etc/passwd',
  'chrome-extension://abc/page.html',
  'devtools://devtools/bundled/inspector.html',
  'app-evil://habeas/index.html',
  'not a url',
];
const ALLOWED = ['app://habeas/index.html', 'app://habeas/assets/app.js', 'blob:app://habeas/5d4c', 'data:image/png;base64,AAAA'];

describe('hardenSession', () => {
  it('denies every permission request', () => {
    const session = hardened();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'] as const) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({} as never, permission, callback, {} as never);
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check and device request with false', () => {
    const session = hardened();
    expect(session.permissionCheckHandler?.(null, 'clipboard-read', 'app://habeas', {} as never)).toBe(false);
    expect(session.permissionCheckHandler?.(null, 'hid', 'app://habeas', {} as never)).toBe(false);
    expect(session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://habeas' } as never)).toBe(false);
  });

  it('grants no display capture', () => {
    const session = hardened();
    const callback = vi.fn();
    session.displayMediaRequestHandler?.({} as never, callback);
    expect(callback).toHaveBeenCalledWith(null);
  });

  it('cancels every request that is not app:, blob: or data:', () => {
    const session = hardened();
    for (const url of BLOCKED) expect(session.requestCancelled(url), url).toBe(true);
    for (const url of ALLOWED) expect(session.requestCancelled(url), url).toBe(false);
  });

  it('lets devtools: through only when DevTools are allowed', () => {
    expect(hardened(false).requestCancelled('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(hardened(true).requestCancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(hardened(true).requestCancelled('https://example.org/')).toBe(true);
  });

  it('blocks downloads and device pickers, and turns the spellchecker off', () => {
    const session = hardened();
    const download = { preventDefault: vi.fn() };
    session.emit('will-download', download);
    expect(download.preventDefault).toHaveBeenCalled();
    const hid = { preventDefault: vi.fn() };
    const hidCallback = vi.fn();
    session.emit('select-hid-device', hid, {}, hidCallback);
    expect(hid.preventDefault).toHaveBeenCalled();
    expect(hidCallback).toHaveBeenCalledWith(null);
    const usbCallback = vi.fn();
    session.emit('select-usb-device', { preventDefault: vi.fn() }, {}, usbCallback);
    expect(usbCallback).toHaveBeenCalledWith();
    const serialCallback = vi.fn();
    session.emit('select-serial-port', { preventDefault: vi.fn() }, [], {}, serialCallback);
    expect(serialCallback).toHaveBeenCalledWith('');
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('gives each session its own policy object', () => {
    const first = defaultSessionPolicy({ devTools: false });
    const second = defaultSessionPolicy({ devTools: true });
    expect(first.allowedProtocols).not.toBe(second.allowedProtocols);
    expect([...first.allowedProtocols].sort()).toEqual(['app:', 'blob:', 'data:']);
  });
});

describe('hardenSession called again', () => {
  it('lets the newer policy win without stacking listeners', () => {
    const session = new FakeSession();
    hardenSession(session as unknown as Session, defaultSessionPolicy({ devTools: false }));
    hardenSession(session as unknown as Session, { allowedProtocols: new Set(['app:', 'https:']) });
    expect(session.requestCancelled('https://outbox.example/')).toBe(false);
    expect(session.requestCancelled('http://outbox.example/')).toBe(true);
    expect(session.listenerCount('will-download')).toBe(1);
    expect(session.listenerCount('select-hid-device')).toBe(1);
  });
});
