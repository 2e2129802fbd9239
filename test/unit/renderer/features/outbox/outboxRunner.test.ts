/**
 * The outbox engine on a real (fake-indexeddb) database: entries sealed at rest, uploads
 * through a platform stand-in, retries with backoff and when a connection appears, what
 * a person must fix, revoked contacts, a lock in the middle of an upload, and a restart.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newDataKey } from '@shared/crypto/dataKey';
import { utf8Encode } from '@shared/util/bytes';
import { newId } from '@shared/util/ids';
import type { HabeasDb } from '../../../../../renderer/db/habeasDb';
import { openHabeasDb } from '../../../../../renderer/db/habeasDb';
import type { OutboxEntry } from '../../../../../renderer/features/outbox/outboxModel';
import type { Connectivity, RunnerDeps } from '../../../../../renderer/features/outbox/outboxRunner';
import { OutboxRunner } from '../../../../../renderer/features/outbox/outboxRunner';
import { loadOutbox } from '../../../../../renderer/features/outbox/outboxStorage';
import type { OutboxState } from '../../../../../renderer/features/outbox/outboxStore';
import type { OutboxSendResult, PlatformResult } from '../../../../../renderer/platform';

const CONTACT = 'c'.repeat(64);
const ENDPOINT = 'https://adviser.example/inbox';
const bundle = { manifestHash: 'a'.repeat(64), bundleSeq: 1, fileName: 'habeas-20261126-100000-0a1b2c3d.habeas', fileSha256: 'b'.repeat(64), fileBytes: 4 };
const bytes = new Uint8Array([0x61, 0x67, 0x65, 0x21]);

type Answer = PlatformResult<OutboxSendResult>;
const sent = (httpStatus = 201): Answer => ({ ok: true, value: { status: 'sent', httpStatus } });
const failed = (reason: 'offline' | 'tls' | 'server-error', httpStatus: number | null = null): Answer => ({ ok: true, value: { status: 'failed', reason, httpStatus } });

function fakeConnectivity(initially = true) {
  let online = initially;
  const listeners = new Set<(isOnline: boolean) => void>();
  const connectivity: Connectivity = {
    isOnline: () => online,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const set = (isOnline: boolean) => {
    online = isOnline;
    for (const listener of listeners) listener(isOnline);
  };
  return { connectivity, set };
}

let db: HabeasDb;
let dataKey: Uint8Array;
let now: number;
let state: Partial<OutboxState>;

beforeEach(async () => {
  ({ db } = await openHabeasDb(`outbox-${crypto.randomUUID()}`));
  dataKey = newDataKey();
  now = Date.parse('2026-11-26T10:00:00.000Z');
  state = {};
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

function aRunner(answers: Answer[], options: { online?: boolean; recipients?: string[] } = {}) {
  const sendBundle = vi.fn<RunnerDeps['platform']['sendBundle']>(() => Promise.resolve(answers.shift() ?? sent()));
  const network = fakeConnectivity(options.online ?? true);
  const runner = new OutboxRunner({
    db,
    dataKey,
    userName: 'Amina Haddad',
    platform: { canSendBundles: true, sendBundle },
    connectivity: network.connectivity,
    now: () => new Date(now),
    newId,
    publish: (next) => {
      state = { ...state, ...next };
    },
  });
  runner.setRecipients(new Set(options.recipients ?? [CONTACT]));
  return { runner, sendBundle, network };
}

async function started(answers: Answer[], options: { online?: boolean; recipients?: string[]; endpoint?: string | null } = {}) {
  const made = aRunner(answers, options);
  await made.runner.start();
  if (options.endpoint !== null) await made.runner.setEndpoint(CONTACT, options.endpoint ?? ENDPOINT);
  return made;
}

const only = (): OutboxEntry => {
  const [entry] = state.entries ?? [];
  if (entry === undefined) throw new Error('no entry');
  return entry;
};

describe('the outbox runner', () => {
  it('uploads a queued bundle once and records it sent, dropping its copy of the bundle', async () => {
    const { runner, sendBundle } = await started([sent(201)]);
    await runner.queue(bytes, bundle, [CONTACT]);
    await vi.waitFor(() => {
      expect(only().status).toBe('sent');
    });
    expect(sendBundle).toHaveBeenCalledExactlyOnceWith({ bundleId: only().id, endpoint: ENDPOINT, bytes });
    expect(only()).toMatchObject({ attempts: 1, lastHttpStatus: 201, queuedBy: 'Amina Haddad' });
    const [row] = await db.outbox.where('id').equals(only().id).toArray();
    expect(row?.sealedFile).toBeUndefined();
  });

  it('keeps entries and endpoints sealed: no address, contact or file name in the clear', async () => {
    const { runner } = await started([failed('tls')]);
    await runner.queue(bytes, bundle, [CONTACT]);
    await vi.waitFor(() => {
      expect(only().status).toBe('failed');
    });
    const stored = JSON.stringify(await db.outbox.toArray(), (_key, value: unknown) => (value instanceof Uint8Array ? Array.from(value) : value));
    for (const secret of ['adviser.example', CONTACT.slice(0, 16), 'habeas-2026', 'Amina']) {
      expect(stored.includes(secret), secret).toBe(false);
      expect(stored.includes(Array.from(utf8Encode(secret)).join(',')), secret).toBe(false);
    }
    expect((await loadOutbox(db, newDataKey())).skipped).toBe(2);
  });

  it('retries a passing failure after 30 s, then 60 s, and stops once sent', async () => {
    const { runner, sendBundle } = await started([failed('server-error', 503), failed('offline')]);
    await runner.queue(bytes, bundle, [CONTACT]);
    await vi.waitFor(() => {
      expect(only()).toMatchObject({ attempts: 1, status: 'queued', lastFailure: { reason: 'server-error', httpStatus: 503 } });
    });
    now += 30_000;
    await vi.advanceTimersByTimeAsync(30_000);
    await vi.waitFor(() => {
      expect(only()).toMatchObject({ attempts: 2, lastFailure: { reason: 'offline' } });
    });
    now += 59_000;
    await vi.advanceTimersByTimeAsync(59_000);
    expect(sendBundle).toHaveBeenCalledTimes(2);
    now += 1_000;
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => {
      expect(only().status).toBe('sent');
    });
    expect(sendBundle).toHaveBeenCalledTimes(3);
  });

  it('waits while offline and sends as soon as a connection appears', async () => {
    const { runner, sendBundle, network } = await started([], { online: false });
    await runner.queue(bytes, bundle, [CONTACT]);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sendBundle).not.toHaveBeenCalled();
    expect(state.isOnline).toBe(false);
    network.set(true);
    await vi.waitFor(() => {
      expect(only().status).toBe('sent');
    });
  });

  it('retries a waiting entry at once when the connection comes back, without waiting out the backoff', async () => {
    const { runner, sendBundle, network } = await started([failed('offline')]);
    await runner.queue(bytes, bundle, [CONTACT]);
    await vi.waitFor(() => {
      expect(only().attempts).toBe(1);
    });
    network.set(false);
    network.set(true);
    await vi.waitFor(() => {
      expect(only().status).toBe('sent');
    });
    expect(sendBundle).toHaveBeenCalledTimes(2);
  });

  it('stops on a failure needing a person, and tries again only when asked', async () => {
    const { runner, sendBundle } = await started([failed('tls')]);
    await runner.queue(bytes, bundle, [CONTACT]);
    await vi.waitFor(() => {
      expect(only()).toMatchObject({ status: 'failed', lastFailure: { reason: 'tls' } });
    });
    await vi.advanceTimersByTimeAsync(2 * 60 * 60_000);
    expect(sendBundle).toHaveBeenCalledTimes(1);
    await runner.retry(only().id);
    await vi.waitFor(() => {
      expect(only().status).toBe('sent');
    });
  });

  it('does not send without an address, nor to a contact revoked since', async () => {
    const { runner, sendBundle } = await started([], { endpoint: null });
    await runner.queue(bytes, bundle, [CONTACT]);
    await vi.waitFor(() => {
      expect(only()).toMatchObject({ status: 'failed', lastFailure: { reason: 'no-endpoint' } });
    });
    await runner.setEndpoint(CONTACT, ENDPOINT);
    runner.setRecipients(new Set());
    await runner.retry(only().id);
    await vi.waitFor(() => {
      expect(only()).toMatchObject({ status: 'failed', lastFailure: { reason: 'not-recipient' } });
    });
    expect(sendBundle).not.toHaveBeenCalled();
  });

  it('after a lock mid-upload writes nothing, and the next session sends the entry again', async () => {
    let answer: (value: Answer) => void = () => undefined;
    const { runner, sendBundle } = await started([]);
    sendBundle.mockImplementationOnce(() => new Promise<Answer>((resolve) => (answer = resolve)));
    await runner.queue(bytes, bundle, [CONTACT]);
    await vi.waitFor(() => {
      expect(state.sendingId).toBe(only().id);
    });
    runner.stop();
    answer(sent());
    await vi.advanceTimersByTimeAsync(0);
    const reopened = await started([sent(200)]);
    await vi.waitFor(() => {
      expect(only()).toMatchObject({ status: 'sent', lastHttpStatus: 200, attempts: 1 });
    });
    expect(reopened.sendBundle.mock.calls[0]?.[0].bundleId).toBe(only().id);
  });

  it('applies changes made while the stored queue is still loading after it, not under it', async () => {
    const { runner, sendBundle } = aRunner([]);
    const starting = runner.start();
    await Promise.all([runner.setEndpoint(CONTACT, ENDPOINT), runner.queue(bytes, bundle, [CONTACT]), starting]);
    await vi.waitFor(() => {
      expect(only().status).toBe('sent');
    });
    expect(sendBundle.mock.calls[0]?.[0].endpoint).toBe(ENDPOINT);
    expect(state.settings?.endpoints).toEqual({ [CONTACT]: ENDPOINT });
  });

  it('removes an entry with its bundle', async () => {
    const { runner } = await started([], { online: false });
    await runner.queue(bytes, bundle, [CONTACT]);
    await runner.remove(only().id);
    expect(state.entries).toEqual([]);
    expect(await db.outbox.count()).toBe(1);
  });
});
