/** The exchange projections give the same state whether events come one by one or in batches, and survive a snapshot. */
import { describe, expect, it } from 'vitest';
import { EXCHANGE_PROJECTIONS } from '../../../../../renderer/features/exchange/ledgerParts';
import { applyEvents, initialStates, stateOf } from '../../../../../renderer/ledger/projections/projectionSet';
import { aChainOf, aLedger } from '../../../../builders/ledger';

describe('exchange projections', () => {
  const a = aChainOf(30, { seed: 'station-a' });
  const b = aChainOf(12, { ledger: aLedger({ seed: 'station-b' }) });

  it('track the head of every ledger, batched or not', () => {
    const { states } = applyEvents(EXCHANGE_PROJECTIONS, initialStates(EXCHANGE_PROJECTIONS), {}, [...a, ...b]);
    for (const projection of EXCHANGE_PROJECTIONS) {
      const oneByOne = [...b, ...a].reduce((state, event) => projection.apply(state, event), projection.initial());
      expect(stateOf(states, projection), projection.name).toEqual(oneByOne);
      const parts = JSON.parse(JSON.stringify(projection.serialize?.(stateOf(states, projection)))) as unknown[];
      expect(projection.deserialize?.(parts), projection.name).toEqual(stateOf(states, projection));
    }
    const heads = stateOf(states, EXCHANGE_PROJECTIONS[2]!) as { byLedger: Map<string, { seq: number; hash: string }> };
    expect(heads.byLedger.get(a[0]!.ledger)).toMatchObject({ seq: 30, hash: a[29]!.hash, recordedAt: a[29]!.recordedAt });
  });
});
