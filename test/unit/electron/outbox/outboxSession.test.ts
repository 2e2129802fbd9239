import type { Session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as OutboxSessionModule from '../../../../electron/outbox/outboxSession';
import { defaultSessionPolicy, hardenSession } from '../../../../electron/security/hardenSession';
import type { FakeElectron, FakeSession } from '../fakeElectron';
import { fakeElectron } from '../fakeElectron';

vi.mock('electron', async () => (await import('../fakeElectron')).createFakeElectron());

let electron: FakeElectron;
let outbox: typeof OutboxSessionModule;

beforeEach(async () => {
  vi.resetModules();
  electron = await fakeElectron();
  electron.session.fromPartition.mockClear();
  outbox = await import('../../../../electron/outbox/outboxSession');
});

function createdSession(): FakeSession {
  const session = electron.session.fromPartition.mock.results[0]?.value as FakeSession | undefined;
  if (session === undefined) throw new Error('no outbox session was created');
  return session;
}

const ENDPOINT = 'https://adviser.example/inbox';

describe('the outbox session', () => {
  it('is one in-memory partition of its own, created on first use, with a neutral User-Agent', () => {
    expect(electron.session.fromPartition).not.toHaveBeenCalled();
    const first = outbox.outboxSession();
    expect(outbox.outboxSession()).toBe(first);
    expect(electron.session.fromPartition).toHaveBeenCalledExactlyOnceWith('outbox', { cache: false });
    expect(outbox.OUTBOX_PARTITION.startsWith('persist:')).toBe(false);
    expect(createdSession().setUserAgent).toHaveBeenCalledWith('Habeas-Outbox/1');
  });

  it('is hardened like every session: no permissions, no downloads', () => {
    outbox.outboxSession();
    const session = createdSession();
    const callback = vi.fn();
    session.permissionRequestHandler?.({} as never, 'media', callback, {} as never);
    expect(callback).toHaveBeenCalledWith(false);
    const download = { preventDefault: vi.fn() };
    session.emit('will-download', download);
    expect(download.preventDefault).toHaveBeenCalled();
  });

  it('lets nothing through between uploads', () => {
    outbox.outboxSession();
    const session = createdSession();
    for (const url of [ENDPOINT, 'https://example.org/', 'http://adviser.example/inbox', 'app://habeas/index.html', 'data:text/plain,x']) {
      expect(session.requestCancelled(url), url).toBe(true);
    }
  });

  it('lets through only the endpoint of an upload in progress, over https, and closes it afterwards', async () => {
    outbox.outboxSession();
    const session = createdSession();
    const seen: Record<string, boolean> = {};
    await outbox.withEndpointAllowed(ENDPOINT, () => {
      seen.endpoint = session.requestCancelled(ENDPOINT);
      seen.sameWithDefaultPort = session.requestCancelled('https://ADVISER.example:443/inbox');
      seen.otherPath = session.requestCancelled('https://adviser.example/other');
      seen.otherHost = session.requestCancelled('https://attacker.example/inbox');
      seen.plainHttp = session.requestCancelled('http://adviser.example/inbox');
      return Promise.resolve();
    });
    expect(seen).toEqual({ endpoint: false, sameWithDefaultPort: false, otherPath: true, otherHost: true, plainHttp: true });
    expect(session.requestCancelled(ENDPOINT)).toBe(true);
  });

  it('keeps an endpoint open while another upload to it still runs, and closes it when an upload fails', async () => {
    outbox.outboxSession();
    const session = createdSession();
    let release: () => void = () => undefined;
    const first = outbox.withEndpointAllowed(ENDPOINT, () => new Promise<void>((resolve) => (release = resolve)));
    await expect(outbox.withEndpointAllowed(ENDPOINT, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(session.requestCancelled(ENDPOINT)).toBe(false);
    release();
    await first;
    expect(session.requestCancelled(ENDPOINT)).toBe(true);
  });

  it('leaves the default session cancelling every https request, uploads or not', async () => {
    const defaultSession = electron.session.defaultSession;
    hardenSession(defaultSession as unknown as Session, defaultSessionPolicy({ devTools: false }));
    outbox.outboxSession();
    await outbox.withEndpointAllowed(ENDPOINT, () => {
      expect(defaultSession.requestCancelled(ENDPOINT)).toBe(true);
      return Promise.resolve();
    });
  });
});
