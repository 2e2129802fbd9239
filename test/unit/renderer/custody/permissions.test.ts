import { describe, expect, it } from 'vitest';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { EventDraft } from '@shared/ledger/envelope';
import { capabilityToWrite } from '../../../../renderer/custody/permissions';

const record = {
  admissionEventId: 'adm',
  timeline: [
    { id: 'exam', type: 'custody.medical_examined' },
    { id: 'hearing', type: 'custody.hearing_held' },
  ],
  corrections: [{ id: 'fix', targetEventId: 'exam' }],
  voids: [{ id: 'void', targetEventId: 'hearing' }],
} as unknown as CustodyRecord;

function draft(type: string, payload: Record<string, string> = {}): EventDraft {
  return { type, subject: 'r', occurredAt: '2026-11-26T08:00:00Z', payload };
}

describe('the capability a register write takes', () => {
  it('is medical for a medical examination and register for other entries', () => {
    expect(capabilityToWrite(draft('custody.medical_examined'), record)).toBe('medical.write');
    expect(capabilityToWrite(draft('custody.admitted'), undefined)).toBe('register.write');
    expect(capabilityToWrite(draft('custody.family_notified'), record)).toBe('register.write');
  });

  it('follows the entry and field a correction, void or confirmation is about', () => {
    expect(capabilityToWrite(draft('custody.corrected', { targetEventId: 'adm', path: 'health.conditions' }), record)).toBe('medical.write');
    expect(capabilityToWrite(draft('custody.corrected', { targetEventId: 'adm', path: 'identity.givenNames' }), record)).toBe('register.write');
    expect(capabilityToWrite(draft('custody.voided', { targetEventId: 'exam' }), record)).toBe('medical.write');
    expect(capabilityToWrite(draft('custody.voided', { targetEventId: 'hearing' }), record)).toBe('register.write');
    expect(capabilityToWrite(draft('custody.confirmed', { targetEventId: 'fix' }), record)).toBe('medical.write');
    expect(capabilityToWrite(draft('custody.confirmed', { targetEventId: 'void' }), record)).toBe('register.write');
  });
});
