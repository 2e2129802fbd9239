import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { coreEventRegistry, ledgerCreated, userAdded } from '@shared/ledger/coreEventTypes';
import {
  createEventRegistry,
  defineEventType,
  hasEventType,
  mergeEventRegistries,
  validatePayload,
} from '@shared/ledger/registry';
import { aFacilityProfile } from '../../../builders/ledger';

const custodyAdmitted = defineEventType('custody.admitted', z.strictObject({ registerNo: z.number().int().positive() }), {
  since: 2,
});

describe('event registries', () => {
  it('refuses badly named types', () => {
    expect(() => defineEventType('Custody.Admitted', z.strictObject({}))).toThrow(TypeError);
    expect(() => defineEventType('custody', z.strictObject({}))).toThrow(TypeError);
    expect(custodyAdmitted.since).toBe(2);
    expect(ledgerCreated.since).toBe(1);
  });

  it('merges feature registries with the core one', () => {
    const merged = mergeEventRegistries(coreEventRegistry, createEventRegistry([custodyAdmitted]), coreEventRegistry);
    expect(hasEventType(merged, 'custody.admitted')).toBe(true);
    expect(hasEventType(merged, 'user.added')).toBe(true);
    expect(validatePayload(merged, 'custody.admitted', { registerNo: 7 }).ok).toBe(true);
  });

  it('refuses two different definitions of one type', () => {
    const other = defineEventType('user.added', z.strictObject({}));
    expect(() => createEventRegistry([userAdded, other])).toThrow(/defined twice/);
    expect(() => mergeEventRegistries(coreEventRegistry, createEventRegistry([other]))).toThrow(/defined twice/);
  });

  it('reports unknown types and invalid payloads without values', () => {
    expect(validatePayload(coreEventRegistry, 'custody.admitted', {})).toEqual({
      ok: false,
      error: { code: 'unknown-type', type: 'custody.admitted' },
    });
    const result = validatePayload(coreEventRegistry, 'user.added', { userId: 'u1', name: 'Secret Name', role: 'king' });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('Secret Name');
    expect(JSON.stringify(result)).not.toContain('king');
  });

  it('returns the payload as given', () => {
    const payload = { userId: 'u1', name: 'A', role: 'medical' };
    const result = validatePayload(coreEventRegistry, 'user.added', payload);
    expect(result.ok && result.value).toBe(payload);
  });
});

describe('core event types', () => {
  const valid: [string, unknown][] = [
    ['ledger.created', aFacilityProfile()],
    ['facility.updated', aFacilityProfile({ officialCapacity: 0, timeZone: 'America/Argentina/Buenos_Aires' })],
    ['user.added', { userId: 'u1', name: 'أمينة', role: 'administrator' }],
    ['user.removed', { userId: 'u1', reason: 'Left the facility' }],
    ['user.role_changed', { userId: 'u1', fromRole: 'registrar', toRole: 'supervisor' }],
    [
      'clock.regression_noted',
      { highWaterMark: '2026-11-26T10:00:00.000Z', observedAt: '2025-11-26T10:00:00.000Z', regressionMs: 31_536_000_000 },
    ],
  ];
  it.each(valid)('accepts a valid %s', (type, payload) => {
    expect(validatePayload(coreEventRegistry, type, payload).ok).toBe(true);
  });

  const invalid: [string, string, unknown][] = [
    ['a negative capacity', 'ledger.created', aFacilityProfile({ officialCapacity: -1 })],
    ['an unknown facility type', 'ledger.created', { ...aFacilityProfile(), type: 'camp' }],
    ['an unknown legal regime', 'ledger.created', { ...aFacilityProfile(), legalRegime: 'other' }],
    ['a malformed time zone', 'ledger.created', aFacilityProfile({ timeZone: 'GMT+3 (Khartoum)' })],
    ['a lowercase register prefix', 'ledger.created', aFacilityProfile({ registerPrefix: 'crp' })],
    ['a missing member', 'ledger.created', { ...aFacilityProfile(), location: undefined }],
    ['an extra member', 'user.added', { userId: 'u1', name: 'A', role: 'medical', extra: 1 }],
    ['an unchanged role', 'user.role_changed', { userId: 'u1', fromRole: 'medical', toRole: 'medical' }],
    ['an empty reason', 'user.removed', { userId: 'u1', reason: '' }],
    [
      'a regression that is not one',
      'clock.regression_noted',
      { highWaterMark: '2025-11-26T10:00:00.000Z', observedAt: '2026-11-26T10:00:00.000Z', regressionMs: 1 },
    ],
  ];
  it.each(invalid)('refuses %s', (_, type, payload) => {
    expect(validatePayload(coreEventRegistry, type, payload).ok).toBe(false);
  });
});
