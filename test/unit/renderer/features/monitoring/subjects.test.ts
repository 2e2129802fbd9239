import { describe, expect, it } from 'vitest';
import type { PartnersState } from '@shared/partners/projection';
import { initialPartnersState } from '@shared/partners/projection';
import { monitoringSubjects, suggestedSupportStart } from '../../../../../renderer/features/monitoring/subjects';

const meta = { ledger: 'a'.repeat(64), seq: 1, occurredAt: '2026-01-01T10:00:00Z', recordedAt: '2026-01-01T10:00:00Z', author: { id: 'u', name: 'Maria Rossi' } };
const NORTH = { ledger: 'n'.repeat(64), code: 'NP-01', name: 'North Prison', timeZone: 'UTC' };
const SOUTH = { ledger: 's'.repeat(64), code: 'SR-01', name: 'South Remand Centre', timeZone: 'UTC' };

function aPartner(id: string, name: string, codes: readonly string[]): PartnersState['partners'] extends ReadonlyMap<string, infer R> ? R : never {
  const payload = { name, kind: 'state_force' as const, supportTypes: [], facilities: codes.map((code) => ({ code, name: code })) };
  return { id, profiles: [{ meta, payload }], assessments: [] };
}

describe('what can be monitored', () => {
  it('offers each facility, then each partner with the facilities its profile links by code', () => {
    const partners: PartnersState = {
      ...initialPartnersState(),
      partners: new Map([['p2', aPartner('p2', 'Southern Command', ['SR-01', 'XX-99'])], ['p1', aPartner('p1', '3rd Border Brigade', ['NP-01'])]]),
      decisions: new Map([['d1', { id: 'd1', meta, payload: { partnerId: 'p1', decision: 'continue' as const, decidedOn: '2025-06-01', rationale: 'Access granted.' } }]]),
    };
    const subjects = monitoringSubjects([NORTH, SOUTH], partners);
    expect(subjects.map((subject) => [subject.key, subject.facilities.map((facility) => facility.code)])).toEqual([
      [`facility:${NORTH.ledger}`, ['NP-01']],
      [`facility:${SOUTH.ledger}`, ['SR-01']],
      ['partner:p1', ['NP-01']],
      ['partner:p2', ['SR-01']],
    ]);
    // A facility's support start comes from the partners linked to it.
    expect(subjects[0]?.partnerIds).toEqual(['p1']);
    expect(suggestedSupportStart(subjects[0]!, partners)).toEqual({ date: '2025-06-01', partnerId: 'p1' });
    expect(suggestedSupportStart(subjects[1]!, partners)).toBeUndefined();
  });
});
