import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { aChainOf, aLedger, appendDrafts, userAddedDraft } from '../../builders/ledger';
import { auditEntries, auditLogProjection } from '../../../renderer/ledger/projections/auditLog';
import { CORE_PROJECTIONS } from '../../../renderer/ledger/projections/coreProjections';
import { eventIndexProjection, eventsAbout } from '../../../renderer/ledger/projections/eventIndex';
import { applyEvents, initialStates, stateOf } from '../../../renderer/ledger/projections/projectionSet';
import { projectionStoreSink, useProjectionStore } from '../../../renderer/ledger/projections/projectionStore';
import { usersOf, usersProjection } from '../../../renderer/ledger/projections/users';

function twoLedgers(): { a: LedgerEvent[]; b: LedgerEvent[] } {
  const a = aChainOf(1500, { seed: 'station-a' });
  const ledgerB = aLedger({ seed: 'station-b' });
  const b = aChainOf(40, { ledger: ledgerB });
  // A subject shared by both ledgers, to check that refs are ordered by (ledger, seq).
  const shared = appendDrafts(ledgerB, { ledger: ledgerB.ledger, seq: 40, hash: b.at(-1)?.hash ?? '', recordedAt: '' }, [userAddedDraft(7)]);
  return { a, b: [...b, ...shared] };
}

describe('core projections', () => {
  it('give the same state for batches as for one event at a time, whatever the interleaving of ledgers', () => {
    const { a, b } = twoLedgers();
    for (const projection of CORE_PROJECTIONS) {
      const oneByOne = [...b, ...a].reduce((state, event) => projection.apply(state, event), projection.initial());
      const batched = projection.applyMany ? projection.applyMany(projection.applyMany(projection.initial(), a), b) : oneByOne;
      expect(batched, projection.name).toEqual(oneByOne);
    }
  });

  it('round-trip through their snapshot form', () => {
    const { a, b } = twoLedgers();
    const { states } = applyEvents(CORE_PROJECTIONS, initialStates(CORE_PROJECTIONS), {}, [...a, ...b]);
    for (const projection of CORE_PROJECTIONS) {
      const state = stateOf(states, projection);
      const parts = JSON.parse(JSON.stringify(projection.serialize?.(state))) as unknown[];
      expect(projection.deserialize?.(parts), projection.name).toEqual(state);
    }
  });

  it('answer the timeline, audit and users questions', () => {
    const { a, b } = twoLedgers();
    const { states, cursor } = applyEvents(CORE_PROJECTIONS, initialStates(CORE_PROJECTIONS), {}, [...b, ...a, ...a]);
    const ledgerA = a[0]?.ledger ?? '';
    const ledgerB = b[0]?.ledger ?? '';
    expect(cursor[ledgerA]?.seq).toBe(1500);
    const refs = eventsAbout(stateOf(states, eventIndexProjection), '0190b6a0-0000-7000-8000-000000000007');
    const [first, second] = [ledgerA, ledgerB].sort();
    const expected = first === ledgerA ? [[ledgerA, 7], [ledgerB, 7], [ledgerB, 41]] : [[ledgerB, 7], [ledgerB, 41], [ledgerA, 7]];
    expect(second).toBeDefined();
    expect(refs).toEqual(expected);
    const audit = stateOf(states, auditLogProjection);
    expect(audit.total).toBe(1541);
    expect(auditEntries(audit, ledgerA, 1024, 2).map((entry) => entry[0])).toEqual([1024, 1025]);
    expect(usersOf(stateOf(states, usersProjection), ledgerA)).toHaveLength(1499);
  });

  it('publish through the store sink and drop everything on clear', () => {
    const { states, cursor } = applyEvents(CORE_PROJECTIONS, initialStates(CORE_PROJECTIONS), {}, aChainOf(3));
    projectionStoreSink.publish(states, cursor);
    expect(useProjectionStore.getState().states).toBe(states);
    projectionStoreSink.clear();
    expect(useProjectionStore.getState()).toMatchObject({ phase: 'locked', states: {}, cursor: {} });
  });
});
