import { describe, expect, it } from 'vitest';
import { eventDraftSchema, ledgerEventSchema } from '@shared/ledger/envelope';
import { aChainOf, anEventDraft } from '../../../builders/ledger';

const [first, second] = aChainOf(2);

describe('ledgerEventSchema', () => {
  it('accepts built events', () => {
    expect(ledgerEventSchema.safeParse(first).success).toBe(true);
    expect(ledgerEventSchema.safeParse(second).success).toBe(true);
  });

  it.each([
    ['an extra member', { extra: 1 }],
    ['an uppercase ledger id', { ledger: first!.ledger.toUpperCase() }],
    ['a UUIDv4 id', { id: '0190b6a0-0000-4000-8000-000000000000' }],
    ['an uppercase UUIDv7 id', { id: first!.id.toUpperCase() }],
    ['seq 0', { seq: 0 }],
    ['a fractional seq', { seq: 1.5 }],
    ['an unsafe seq', { seq: 2 ** 53 }],
    ['a type without a dot', { type: 'created' }],
    ['a type with capitals', { type: 'Ledger.created' }],
    ['occurredAt without an offset', { occurredAt: '2026-11-26T10:00:00' }],
    ['recordedAt with an offset', { recordedAt: '2026-11-26T10:00:00+00:00' }],
    ['an impossible date', { recordedAt: '2026-02-30T10:00:00.000Z' }],
    ['an author with an extra member', { author: { id: 'u1', name: 'A', role: 'x' } }],
    ['an author name with a bidi override', { author: { id: 'u1', name: 'A\u202Eevil' } }],
    ['an array payload', { payload: [] }],
    ['a non-empty prev at seq 1', { prev: 'a'.repeat(64) }],
    ['an uppercase hash', { hash: 'A'.repeat(64) }],
  ])('refuses %s', (_, change) => {
    expect(ledgerEventSchema.safeParse({ ...first, ...change }).success).toBe(false);
  });

  it('requires a hash as prev after seq 1', () => {
    expect(ledgerEventSchema.safeParse({ ...second, prev: '' }).success).toBe(false);
  });

  it('accepts right-to-left author names', () => {
    expect(ledgerEventSchema.safeParse({ ...first, author: { id: 'u1', name: 'أمينة يوسف' } }).success).toBe(true);
  });
});

describe('eventDraftSchema', () => {
  it('accepts a draft and refuses extras', () => {
    expect(eventDraftSchema.safeParse(anEventDraft()).success).toBe(true);
    expect(eventDraftSchema.safeParse({ ...anEventDraft(), seq: 3 }).success).toBe(false);
  });
});
