import { describe, expect, it } from 'vitest';
import { acquireWriterLock } from '../../../renderer/ledger/writerLock';
import { aChainOf } from '../../builders/ledger';
import { appendUpTo, draftFor, freshDbsPerTest, openHarness } from './ledgerHarness';

const aDb = freshDbsPerTest();

describe('an append is all or nothing', () => {
  it('leaves no tail row and an unchanged head when the transaction fails after the tail write', async () => {
    let isArmed = false;
    const harness = await openHarness(await aDb(), {
      dangerousTestOnlyFaults: {
        afterTailWrite: () => {
          if (isArmed) throw new Error('injected fault');
        },
      },
    });
    await appendUpTo(harness, 42);
    isArmed = true;
    await expect(harness.storage.append(draftFor(harness, 43), harness.author)).rejects.toThrow('injected fault');
    expect(harness.storage.head()?.seq).toBe(42);
    expect(await harness.db.tail.get([harness.testLedger.ledger, 43])).toBeUndefined();
    isArmed = false;
    expect((await harness.storage.append(draftFor(harness, 43), harness.author)).seq).toBe(43);
    expect(await harness.storage.verify()).toMatchObject({ ok: true, events: 43 });
  });

  it('rolls back the tail row and the fold when the transaction fails after the page write', async () => {
    let isArmed = false;
    const harness = await openHarness(await aDb(), {
      dangerousTestOnlyFaults: {
        afterPageWrite: () => {
          if (isArmed) throw new Error('injected fault');
        },
      },
    });
    await appendUpTo(harness, 99);
    isArmed = true;
    await expect(harness.storage.append(draftFor(harness, 100), harness.author)).rejects.toThrow('injected fault');
    expect(await harness.db.pages.count()).toBe(0);
    expect(await harness.db.tail.count()).toBe(99);
    expect(harness.storage.head()?.seq).toBe(99);
    isArmed = false;
    await appendUpTo(harness, 100);
    expect(await harness.db.pages.count()).toBe(1);
    expect(await harness.db.tail.count()).toBe(0);
    const reopened = await openHarness(harness.db);
    expect(reopened.storage.head()).toEqual(harness.storage.head());
    expect(await reopened.storage.verify()).toMatchObject({ ok: true, events: 100 });
  });

  it('refuses an invalid draft without writing anything', async () => {
    const harness = await openHarness(await aDb());
    await appendUpTo(harness, 5);
    const bad = { ...draftFor(harness, 6), payload: { userId: 'x', role: 'jailer' } };
    await expect(harness.storage.append(bad, harness.author)).rejects.toMatchObject({ code: 'bad-payload' });
    expect(await harness.db.tail.count()).toBe(5);
  });

  it('opens read-only when another window holds the writer lock, and refuses writes', async () => {
    const harness = await openHarness(await aDb(), { readOnly: true });
    await expect(harness.storage.append(draftFor(harness, 1), harness.author)).rejects.toMatchObject({ code: 'read-only' });
  });

  it('refuses every call once closed (locked), with the key zeroed', async () => {
    const harness = await openHarness(await aDb());
    await appendUpTo(harness, 3);
    harness.storage.close();
    await expect(harness.storage.append(draftFor(harness, 4), harness.author)).rejects.toMatchObject({ code: 'closed' });
    expect(() => harness.storage.readLedger(harness.testLedger.ledger)).toThrow(/closed/);
  });
});

describe('acquireWriterLock', () => {
  it('grants the lock without coordination where Web Locks is missing', async () => {
    await withNavigator({}, async () => {
      expect(await acquireWriterLock('habeas')).toMatchObject({ granted: true, coordinated: false });
    });
  });

  it('grants it to one holder at a time where Web Locks exists', async () => {
    const held = new Set<string>();
    const locks = {
      request: async (name: string, _options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void>) => {
        if (held.has(name)) return callback(null);
        held.add(name);
        await callback({ name });
        held.delete(name);
      },
    };
    await withNavigator({ locks }, async () => {
      const first = await acquireWriterLock('habeas');
      expect(first).toMatchObject({ granted: true, coordinated: true });
      expect(await acquireWriterLock('habeas')).toEqual({ granted: false, reason: 'held-elsewhere' });
      if (first.granted) first.release();
      await Promise.resolve();
      expect((await acquireWriterLock('habeas')).granted).toBe(true);
    });
  });
});

async function withNavigator(value: object, run: () => Promise<void>): Promise<void> {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  Object.defineProperty(globalThis, 'navigator', { value, configurable: true });
  try {
    await run();
  } finally {
    if (original) Object.defineProperty(globalThis, 'navigator', original);
    else Reflect.deleteProperty(globalThis, 'navigator');
  }
}

describe('importing a bundle is all or nothing', () => {
  it('keeps the imported events and the entry recording them together, or neither', async () => {
    let isArmed = false;
    const harness = await openHarness(await aDb(), {
      dangerousTestOnlyFaults: {
        afterTailWrite: () => {
          if (isArmed) throw new Error('injected fault');
        },
      },
    });
    await appendUpTo(harness, 5);
    const b = aChainOf(150, { seed: 'station-b' });
    const c = aChainOf(20, { seed: 'station-c' });
    const segments = [{ ledger: b[0]?.ledger ?? '', events: b }, { ledger: c[0]?.ledger ?? '', events: c }];
    isArmed = true;
    await expect(harness.storage.importAndRecord(segments, draftFor(harness, 6), harness.author)).rejects.toThrow('injected fault');
    expect(await harness.db.pages.count()).toBe(0);
    expect(harness.storage.head()?.seq).toBe(5);
    isArmed = false;
    const written = await harness.storage.importAndRecord(segments, draftFor(harness, 6), harness.author);
    expect(written.heads.map((head) => head.seq)).toEqual([150, 20]);
    expect(written.event.seq).toBe(6);
    expect(await harness.storage.verify()).toMatchObject({ ok: true, events: 176 });
  });
});
