/** Partner events for the projection and view tests: valid payloads, and events placed on a ledger without hashing. */
import type { PartnerPayloads } from '@shared/partners/events';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { PARTNER_CRITERIA } from '@shared/partners/criteria';

export const PARTNER_ID = '019ab9f0-0000-7000-8000-0000000000a1';
export const LEDGER_A = 'a'.repeat(64);
export const LEDGER_B = 'b'.repeat(64);

export function aProfile(overrides: Partial<PartnerPayloads['partner.registered']> = {}): PartnerPayloads['partner.registered'] {
  return {
    name: '3rd Border Brigade',
    kind: 'state_force',
    supportTypes: ['training', 'detention_support'],
    facilities: [{ code: 'CRP-01', name: 'Central Remand Prison' }],
    ...overrides,
  };
}

export function anAssessment(overrides: Partial<PartnerPayloads['partner.assessed']> = {}): PartnerPayloads['partner.assessed'] {
  const criteria = Object.fromEntries(
    PARTNER_CRITERIA.map((criterion) => [criterion, { rating: 'adequate', evidence: 'Visit report of 12 March.' }]),
  ) as PartnerPayloads['partner.assessed']['criteria'];
  return { assessedOn: '2026-03-12', criteria, overallRisk: 'moderate', ...overrides };
}

export function aMeasure(overrides: Partial<PartnerPayloads['partner.measure_added']> = {}): PartnerPayloads['partner.measure_added'] {
  return {
    partnerId: PARTNER_ID,
    kind: 'training',
    description: 'IHL detention course for guards.',
    owner: 'Training cell',
    dueDate: '2026-06-30',
    reviewDate: '2026-05-01',
    status: 'planned',
    ...overrides,
  };
}

type Placement = { ledger?: string; seq: number; occurredAt?: string; author?: string };

/** An event at (ledger, seq), as a projection receives it; hashes are not checked there. */
export function anEvent(type: string, subject: string, payload: object, placement: Placement): LedgerEvent {
  const seq = placement.seq;
  const occurredAt = placement.occurredAt ?? `2026-03-${String(10 + seq).padStart(2, '0')}T09:00:00Z`;
  return {
    id: `019ab9f0-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    ledger: placement.ledger ?? LEDGER_A,
    seq,
    type,
    subject,
    occurredAt,
    recordedAt: occurredAt,
    author: { id: 'u-adviser', name: placement.author ?? 'Jean Dupont' },
    payload: payload as LedgerEvent['payload'],
    prev: seq === 1 ? '' : 'f'.repeat(64),
    hash: 'f'.repeat(64),
  };
}
