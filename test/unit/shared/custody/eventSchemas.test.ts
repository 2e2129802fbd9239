import { describe, expect, it } from 'vitest';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import { mergeEventRegistries, validatePayload } from '@shared/ledger/registry';
import { CUSTODY_EVENT_TYPE_NAMES, CUSTODY_EVENT_TYPES, custodyEventRegistry } from '@shared/custody/eventTypes';
import { anAdmissionPayload } from '../../../builders/custody';
import { SAMPLE_PAYLOADS } from './samplePayloads';

const EVENT_ID = '019ab9f0-0000-7000-8000-0000000000aa';

/** A valid payload of every type. */
const VALID: Readonly<Record<string, unknown>> = {
  ...SAMPLE_PAYLOADS,
  'custody.admitted': anAdmissionPayload(),
  'custody.solitary_ended': { startEventId: EVENT_ID, authority: 'Director' },
  'custody.hospital_returned': { hospitalEventId: EVENT_ID, notes: { unknown: 'unknown' } },
  'custody.corrected': { targetEventId: EVENT_ID, path: 'identity.givenNamesLatin', from: { value: 'Mohamed' }, to: { value: 'Mohammed' }, reason: 'Spelling as on the ID card' },
  'custody.voided': { targetEventId: EVENT_ID, reason: 'Entered on the wrong record' },
  'custody.confirmed': { targetEventId: EVENT_ID },
};

function check(type: string, payload: unknown) {
  return validatePayload(custodyEventRegistry, type, payload);
}

function without(payload: unknown, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload as Record<string, unknown>).filter(([member]) => member !== key));
}

describe('custody event types', () => {
  it('registers every type once and merges with the core registry', () => {
    expect(new Set(CUSTODY_EVENT_TYPE_NAMES).size).toBe(CUSTODY_EVENT_TYPES.length);
    expect(CUSTODY_EVENT_TYPE_NAMES).toHaveLength(34);
    const merged = mergeEventRegistries(coreEventRegistry, custodyEventRegistry);
    expect(merged.definitions.size).toBe(coreEventRegistry.definitions.size + 34);
  });

  it.each(CUSTODY_EVENT_TYPE_NAMES)('%s accepts a valid payload', (type) => {
    expect(VALID[type]).toBeDefined();
    expect(check(type, VALID[type])).toMatchObject({ ok: true });
  });

  it.each(CUSTODY_EVENT_TYPE_NAMES)('%s refuses unknown members and a missing member', (type) => {
    const payload = VALID[type] as Record<string, unknown>;
    expect(check(type, { ...payload, extra: 1 }).ok).toBe(false);
    const [first] = Object.keys(payload);
    expect(check(type, without(payload, first ?? '')).ok).toBe(false);
  });
});

describe('custody.admitted', () => {
  it('holds explicit unknowns, never blanks', () => {
    const payload = anAdmissionPayload({ identity: { familyName: { unknown: 'refused' }, dateOfBirth: { unknown: 'unknown' } } });
    expect(check('custody.admitted', payload).ok).toBe(true);
    const blank = anAdmissionPayload({ identity: { familyName: { value: '' } } });
    expect(check('custody.admitted', blank).ok).toBe(false);
    const bare = anAdmissionPayload({ identity: { familyName: 'Al-Hassan' as never } });
    expect(check('custody.admitted', bare).ok).toBe(false);
    const other = anAdmissionPayload({ identity: { familyName: { unknown: 'forgotten' } as never } });
    expect(check('custody.admitted', other).ok).toBe(false);
  });

  it('accepts partial birth dates and refuses impossible ones', () => {
    for (const date of ['1990', '1990-04', '1990-04-12']) {
      expect(check('custody.admitted', anAdmissionPayload({ identity: { dateOfBirth: { value: date } } })).ok).toBe(true);
    }
    for (const date of ['1990-13', '1990-02-30', '90', '1990-4-1']) {
      expect(check('custody.admitted', anAdmissionPayload({ identity: { dateOfBirth: { value: date } } })).ok).toBe(false);
    }
  });

  it('requires times with an offset and a well-formed register number', () => {
    expect(check('custody.admitted', anAdmissionPayload({ admission: { at: '2026-11-26T10:00:00' } })).ok).toBe(false);
    expect(check('custody.admitted', anAdmissionPayload({ registerNumber: { prefix: 'crp', number: 1 } })).ok).toBe(false);
    expect(check('custody.admitted', anAdmissionPayload({ registerNumber: { prefix: 'CRP', number: 0 } })).ok).toBe(false);
  });

  it('refuses control and bidi-override characters in names', () => {
    const spoofed = anAdmissionPayload({ identity: { givenNames: { value: 'محمد\u202E' } } });
    expect(check('custody.admitted', spoofed).ok).toBe(false);
  });
});

describe('later events', () => {
  it('requires a delay reason when the family notification was delayed', () => {
    const delayed = { ...SAMPLE_PAYLOADS['custody.family_notified'], outcome: 'delayed' };
    expect(check('custody.family_notified', delayed)).toMatchObject({ ok: false });
    expect(check('custody.family_notified', { ...delayed, delayReason: 'Judge ordered a delay' }).ok).toBe(true);
    expect(check('custody.family_notified', { ...delayed, delayReason: '   ' }).ok).toBe(false);
  });

  it('refuses empty reasons on voids, corrections and solitary confinement', () => {
    expect(check('custody.voided', { targetEventId: EVENT_ID, reason: ' ' }).ok).toBe(false);
    expect(check('custody.corrected', { ...(VALID['custody.corrected'] as object), reason: '' }).ok).toBe(false);
    expect(check('custody.solitary_started', { ...SAMPLE_PAYLOADS['custody.solitary_started'], reason: '\t' }).ok).toBe(false);
  });

  it('refuses correction paths that are malformed or reach reserved members', () => {
    const correction = VALID['custody.corrected'] as Record<string, unknown>;
    for (const path of ['', 'identity..name', 'identity.__proto__', 'constructor', '.identity', 'identity.givenNames[0]']) {
      expect(check('custody.corrected', { ...correction, path }).ok).toBe(false);
    }
    for (const path of ['@occurredAt', 'identity.aliases.0', 'admission.placement']) {
      expect(check('custody.corrected', { ...correction, path }).ok).toBe(true);
    }
  });

  it('bounds counts and enumerations', () => {
    expect(check('custody.correspondence_recorded', { direction: 'sent', kind: 'letter', count: 0 }).ok).toBe(false);
    expect(check('custody.visit_received', { ...SAMPLE_PAYLOADS['custody.visit_received'], visitorCategory: 'friend' }).ok).toBe(false);
    expect(check('custody.card_issued', { ...SAMPLE_PAYLOADS['custody.card_issued'], sentTo: { value: [] } }).ok).toBe(false);
  });
});
