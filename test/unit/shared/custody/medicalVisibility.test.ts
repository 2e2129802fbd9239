import { describe, expect, it } from 'vitest';
import { canReadMedical, isMedicalPath, MEDICAL_FIELDS, visiblePayload } from '@shared/custody/medicalVisibility';
import { custodyEventRegistry } from '@shared/custody/eventTypes';
import { getAtPath } from '@shared/custody/jsonPath';
import { anAdmissionPayload } from '../../../builders/custody';
import { SAMPLE_PAYLOADS } from './samplePayloads';

describe('medical visibility', () => {
  it('lets only medical staff read medical fields', () => {
    expect(canReadMedical('medical')).toBe(true);
    expect(canReadMedical('supervisor')).toBe(false);
    expect(canReadMedical('adviser')).toBe(false);
  });

  it('withholds health findings of the admission but shows that an exam was done and when', () => {
    const payload = anAdmissionPayload({ health: { examination: { value: { at: '2026-11-26T11:00:00+03:00', examiner: 'Nurse' } } } });
    const { payload: visible, withheld } = visiblePayload('custody.admitted', payload, 'registrar');
    expect(withheld).toEqual(MEDICAL_FIELDS['custody.admitted']);
    expect(getAtPath(visible, 'health.examination')).toEqual({ value: { at: '2026-11-26T11:00:00+03:00', examiner: 'Nurse' } });
    expect(getAtPath(visible, 'health.visibleInjuries')).toBeUndefined();
    expect(getAtPath(visible, 'identity.givenNames')).toEqual({ value: 'محمد' });
    expect(visiblePayload('custody.admitted', payload, 'medical')).toEqual({ payload, withheld: [] });
  });

  it('withholds examination findings, allegations, injuries and the cause of death', () => {
    expect(visiblePayload('custody.medical_examined', SAMPLE_PAYLOADS['custody.medical_examined'], 'supervisor').payload).toEqual({ context: 'admission', outcome: 'examined', examiner: { value: 'Dr. Haddad' } });
    expect(Object.keys(visiblePayload('custody.died', SAMPLE_PAYLOADS['custody.died'], 'adviser').payload)).not.toContain('cause');
    expect(visiblePayload('custody.visit_received', SAMPLE_PAYLOADS['custody.visit_received'], 'adviser').withheld).toEqual([]);
  });

  it('names only paths that exist in the payload schemas', () => {
    for (const [type, paths] of Object.entries(MEDICAL_FIELDS)) {
      expect(custodyEventRegistry.definitions.has(type)).toBe(true);
      const sample = type === 'custody.admitted' ? anAdmissionPayload() : (SAMPLE_PAYLOADS as Record<string, object>)[type];
      for (const path of paths) expect(getAtPath(sample, path), `${type} ${path}`).toBeDefined();
    }
  });

  it('hides both sides of a correction of a medical field', () => {
    const correction = { targetEventId: 'e1', path: 'health.conditions', from: { value: 'Asthma' }, to: { value: 'Diabetes' }, reason: 'Misread' };
    expect(isMedicalPath('custody.admitted', 'health.conditions')).toBe(true);
    expect(isMedicalPath('custody.admitted', 'health')).toBe(true);
    expect(isMedicalPath('custody.admitted', 'health.examination')).toBe(false);
    expect(visiblePayload('custody.corrected', correction, 'registrar', 'custody.admitted')).toEqual({
      payload: { targetEventId: 'e1', path: 'health.conditions', reason: 'Misread' },
      withheld: ['from', 'to'],
    });
    const ordinary = { ...correction, path: 'admission.placement' };
    expect(visiblePayload('custody.corrected', ordinary, 'registrar', 'custody.admitted').withheld).toEqual([]);
  });
});
