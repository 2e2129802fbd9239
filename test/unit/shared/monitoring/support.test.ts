import { describe, expect, it } from 'vitest';
import type { PartnersState } from '@shared/partners/projection';
import { initialPartnersState } from '@shared/partners/projection';
import { firstDecisionOf } from '@shared/monitoring/support';

const meta = { ledger: 'a'.repeat(64), seq: 1, occurredAt: '2026-01-01T10:00:00Z', recordedAt: '2026-01-01T10:00:00Z', author: { id: 'u', name: 'Maria Rossi' } };

function withDecisions(...decisions: readonly [id: string, partnerId: string, decidedOn: string][]): PartnersState {
  const state = initialPartnersState();
  return {
    ...state,
    decisions: new Map(decisions.map(([id, partnerId, decidedOn]) => [id, { id, meta, payload: { partnerId, decision: 'continue' as const, decidedOn, rationale: 'Access granted.' } }])),
  };
}

describe('when support began', () => {
  it('suggests the day of the first decision recorded for the partners given', () => {
    const state = withDecisions(['d1', 'p1', '2026-03-01'], ['d2', 'p1', '2025-11-15'], ['d3', 'p2', '2024-01-01']);
    expect(firstDecisionOf(state, ['p1'])).toEqual({ date: '2025-11-15', partnerId: 'p1' });
    expect(firstDecisionOf(state, ['p1', 'p2'])).toEqual({ date: '2024-01-01', partnerId: 'p2' });
  });

  it('suggests nothing when no decision was recorded: the adviser chooses', () => {
    expect(firstDecisionOf(withDecisions(['d1', 'p1', '2026-03-01']), ['p9'])).toBeUndefined();
    expect(firstDecisionOf(initialPartnersState(), [])).toBeUndefined();
  });
});
