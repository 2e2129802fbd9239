import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { utf8Encode } from '@shared/util/bytes';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import { aChainOf } from '../../builders/ledger';
import type { HabeasDb } from '../../../renderer/db/habeasDb';
import { createLedgerSession } from '../../../renderer/ledger/ledgerSession';
import type { LedgerSession } from '../../../renderer/ledger/ledgerSession';
import { CORE_PROJECTIONS } from '../../../renderer/ledger/projections/coreProjections';
import { facilityOf } from '../../../renderer/ledger/projections/facility';
import { facilityProjection } from '../../../renderer/ledger/projections/facility';
import { stateOf } from '../../../renderer/ledger/projections/projectionSet';
import type { LedgerStorage } from '../../../renderer/ledger/ledgerStorage';
import { aFreshDb, appendUpTo, openHarness } from './ledgerHarness';
import type { Harness } from './ledgerHarness';

const SNAPSHOT_AT = 9_000;
const TOTAL = 10_050;

function sessionOf(storage: LedgerStorage): LedgerSession {
  return createLedgerSession({ storage, projections: CORE_PROJECTIONS, sink: { publish: () => undefined } });
}

describe('ledger storage: 10,050 single appends, pages of 100', () => {
  let db: HabeasDb;
  let harness: Harness;
  let appendMs = 0;

  beforeAll(async () => {
    db = await aFreshDb();
    harness = await openHarness(db);
    const started = performance.now();
    await appendUpTo(harness, SNAPSHOT_AT);
    const first = sessionOf(harness.storage);
    await first.start();
    await first.writeSnapshot();
    await appendUpTo(harness, TOTAL);
    appendMs = performance.now() - started;
  }, 120_000);

  afterAll(async () => {
    harness.storage.close();
    await db.delete();
  });

  it('folds every full tail into a page in the append that fills it', async () => {
    expect(await db.pages.count()).toBe(100);
    expect(await db.tail.count()).toBe(50);
    expect(harness.storage.head()?.seq).toBe(TOTAL);
    expect(appendMs / TOTAL).toBeLessThan(20);
  });

  it('reads pages then tail in seq order, each event linked to the one before', async () => {
    let expected = 1;
    let prev = '';
    for await (const event of harness.storage.readLedger(harness.testLedger.ledger)) {
      expect(event.seq).toBe(expected);
      expect(event.prev).toBe(prev);
      prev = event.hash;
      expected += 1;
    }
    expect(expected - 1).toBe(TOTAL);
    expect((await harness.storage.readEvent(harness.testLedger.ledger, 5_000))?.seq).toBe(5_000);
    expect((await harness.storage.readEvent(harness.testLedger.ledger, 10_020))?.seq).toBe(10_020);
    const fromMiddle = harness.storage.readLedger(harness.testLedger.ledger, 4_321);
    expect((await fromMiddle.next()).value?.seq).toBe(4_321);
  });

  it('verifies every stored event', async () => {
    const result = await harness.storage.verify();
    expect(result).toMatchObject({ ok: true, events: TOTAL });
  });

  it('starts from the snapshot plus a replay and reaches the same states as a full rebuild', async () => {
    const reopened = await openHarness(db);
    const fromSnapshot = sessionOf(reopened.storage);
    expect(await fromSnapshot.start()).toEqual({ fromSnapshot: true, replayed: TOTAL - SNAPSHOT_AT, unreadable: [] });
    const rebuilt = sessionOf((await openHarness(db)).storage);
    expect(await rebuilt.rebuildAll()).toMatchObject({ ok: true, events: TOTAL });
    expect(fromSnapshot.current().states).toEqual(rebuilt.current().states);
    expect(fromSnapshot.current().cursor).toEqual(rebuilt.current().cursor);
    const facility = facilityOf(stateOf(rebuilt.current().states, facilityProjection), harness.testLedger.ledger);
    expect(facility?.name).toBe(harness.testLedger.facility.name);
  });

  it('loses nothing when every snapshot is deleted', async () => {
    const withSnapshot = sessionOf((await openHarness(db)).storage);
    await withSnapshot.start();
    const reopened = await openHarness(db);
    await reopened.storage.deleteSnapshots();
    expect(await db.snapshots.count()).toBe(0);
    const withoutSnapshot = sessionOf(reopened.storage);
    expect(await withoutSnapshot.start()).toEqual({ fromSnapshot: false, replayed: TOTAL, unreadable: [] });
    expect(withoutSnapshot.current().states).toEqual(withSnapshot.current().states);
  });
});

describe('imported ledgers', () => {
  it('writes another installation’s events as whole pages that read back and verify', async () => {
    const db = await aFreshDb();
    const harness = await openHarness(db);
    await appendUpTo(harness, 30);
    const other = aChainOf(250, { seed: 'station-b' });
    const otherLedger = other[0]?.ledger ?? '';
    const session = sessionOf(harness.storage);
    await session.start();
    expect(await session.importEvents(otherLedger, other.slice(0, 120))).toMatchObject({ seq: 120, pages: 2 });
    const rest = other.slice(120);
    const lines = rest.map((event) => utf8Encode(canonicalJson(event)));
    await expect(session.importEvents(otherLedger, rest, [...lines].reverse())).rejects.toMatchObject({ code: 'not-contiguous' });
    expect(await session.importEvents(otherLedger, rest, lines)).toMatchObject({ seq: 250, pages: 2 });
    const read = [];
    for await (const event of harness.storage.readLedger(otherLedger)) read.push(event);
    expect(read).toEqual(other);
    for (const ledger of [otherLedger, harness.testLedger.ledger]) {
      const entries = [];
      for await (const batch of harness.storage.readLedgerEntries(ledger, 2)) entries.push(...batch);
      expect(entries.map((entry) => entry.line)).toEqual(entries.map((entry) => utf8Encode(canonicalJson(entry.event))));
      expect(entries.map((entry) => entry.event.seq)).toEqual(Array.from({ length: ledger === otherLedger ? 249 : 29 }, (_, index) => index + 2));
    }
    expect(await harness.storage.verify()).toMatchObject({ ok: true, events: 280 });
    const facilities = stateOf(session.current().states, facilityProjection);
    expect(facilityOf(facilities, otherLedger)).toBeDefined();
    await expect(harness.storage.writeImportedEvents(otherLedger, other.slice(200))).rejects.toMatchObject({ code: 'not-contiguous' });
    await expect(harness.storage.writeImportedEvents(harness.testLedger.ledger, [])).rejects.toMatchObject({ code: 'own-ledger' });
    expect(coreEventRegistry.definitions.size).toBeGreaterThan(0);
    harness.storage.close();
    await db.delete();
  });
});
