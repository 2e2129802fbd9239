import { describe, expect, it } from 'vitest';
import {  } from '../../../builders/custody';
import { SAMPLE_PAYLOADS } from './samplePayloads';
import { add, admittedWith, ms, ruleAt } from './safeguardsHelpers';

// Default record: arrest 03:00Z and admission 07:00Z on 26 Nov 2026, entry written 08:00Z.
const ARREST_48H = '2026-11-28T03:00:00Z';
const ADMISSION_24H = '2026-11-27T07:00:00Z';

describe('registration delay (T1)', () => {
  it('is met when the entry was written within 24 h, overdue when later', () => {
    expect(ruleAt(admittedWith(), 'registration-delay', ADMISSION_24H)).toMatchObject({ state: 'met', doneMs: ms('2026-11-26T08:00:00Z') });
    const late = admittedWith({ admission: { at: '2026-11-24T10:00:00+03:00' }, arrest: { at: { value: '2026-11-24T06:00:00+03:00' }, reasonsToldAt: { value: '2026-11-24T06:00:00+03:00' } } });
    expect(ruleAt(late, 'registration-delay', ADMISSION_24H)).toMatchObject({ state: 'overdue', notes: ['completed_late'] });
  });
});

describe('reasons for arrest (T2)', () => {
  it('is met when told at arrest, overdue when told later, unknown when not recorded', () => {
    expect(ruleAt(admittedWith(), 'reasons-told', ADMISSION_24H).state).toBe('met');
    expect(ruleAt(admittedWith({ arrest: { reasonsToldAt: { value: '2026-11-26T08:00:00+03:00' } } }), 'reasons-told', ADMISSION_24H).state).toBe('overdue');
    expect(ruleAt(admittedWith({ arrest: { reasonsToldAt: { unknown: 'unknown' } } }), 'reasons-told', ADMISSION_24H)).toMatchObject({ state: 'unknown', missing: ['arrest.reasonsToldAt'] });
  });
});

describe('judge within 48 hours (T3)', () => {
  const judge = SAMPLE_PAYLOADS['custody.brought_before_judge'];

  it('is due before, at and overdue after 48 h from arrest', () => {
    const scenario = admittedWith();
    expect(ruleAt(scenario, 'judge-appearance', '2026-11-27T03:00:00Z')).toMatchObject({ state: 'due', dueMs: ms(ARREST_48H) });
    expect(ruleAt(scenario, 'judge-appearance', ARREST_48H).state).toBe('due');
    expect(ruleAt(scenario, 'judge-appearance', '2026-11-28T03:00:01Z').state).toBe('overdue');
  });

  it('is met by a physical appearance in time, and overdue if late or only remote', () => {
    const inTime = admittedWith();
    const appearance = add(inTime, 'custody.brought_before_judge', judge, '2026-11-27T10:00:00+03:00');
    expect(ruleAt(inTime, 'judge-appearance', '2026-12-01T00:00:00Z')).toMatchObject({ state: 'met', evidence: [inTime.record().admissionEventId, appearance.id] });
    const late = admittedWith();
    add(late, 'custody.brought_before_judge', judge, '2026-11-28T07:00:00+03:00');
    expect(ruleAt(late, 'judge-appearance', '2026-12-01T00:00:00Z')).toMatchObject({ state: 'overdue', notes: ['completed_late'] });
    const remote = admittedWith();
    add(remote, 'custody.brought_before_judge', { ...judge, physicallyPresent: { value: false } }, '2026-11-27T10:00:00+03:00');
    expect(ruleAt(remote, 'judge-appearance', '2026-12-01T00:00:00Z')).toMatchObject({ state: 'overdue', notes: ['not_physically_present'] });
  });

  it('uses 24 h for a child', () => {
    const child = admittedWith({ identity: { dateOfBirth: { value: '2010-01-01' } } });
    expect(ruleAt(child, 'judge-appearance', '2026-11-27T03:00:01Z')).toMatchObject({ state: 'overdue', dueMs: ms('2026-11-27T03:00:00Z') });
  });

  it('is unknown without an arrest time until even the admission time shows a breach', () => {
    const scenario = admittedWith({ arrest: { at: { unknown: 'unknown' }, reasonsToldAt: { unknown: 'unknown' } } });
    expect(ruleAt(scenario, 'judge-appearance', '2026-11-28T06:00:00Z')).toMatchObject({ state: 'unknown', missing: ['arrest.at'] });
    expect(ruleAt(scenario, 'judge-appearance', '2026-11-28T07:00:01Z')).toMatchObject({ state: 'overdue', notes: ['start_from_admission'], missing: ['arrest.at'] });
  });

  it('does not apply to internees or the convicted, nor after release within the limit', () => {
    expect(ruleAt(admittedWith({ status: { legalCategory: { value: 'convicted' } } }), 'judge-appearance', '2026-12-01T00:00:00Z').state).toBe('not_applicable');
    const released = admittedWith();
    add(released, 'custody.released', SAMPLE_PAYLOADS['custody.released'], '2026-11-26T12:00:00+03:00');
    expect(ruleAt(released, 'judge-appearance', '2026-12-01T00:00:00Z')).toMatchObject({ state: 'not_applicable', notes: ['custody_ended'] });
  });
});

describe('lawyer access (T14)', () => {
  it('is due, then met or overdue', () => {
    const scenario = admittedWith();
    expect(ruleAt(scenario, 'lawyer-access', '2026-11-27T02:00:00Z').state).toBe('due');
    expect(ruleAt(scenario, 'lawyer-access', '2026-11-27T03:00:01Z').state).toBe('overdue');
    add(scenario, 'custody.lawyer_contacted', SAMPLE_PAYLOADS['custody.lawyer_contacted'], '2026-11-26T15:00:00+03:00');
    expect(ruleAt(scenario, 'lawyer-access', '2026-11-28T00:00:00Z').state).toBe('met');
  });
});

describe('family notified (T7)', () => {
  const notice = SAMPLE_PAYLOADS['custody.family_notified'];

  it('is due within 24 h of admission, overdue after, met when told', () => {
    const scenario = admittedWith();
    expect(ruleAt(scenario, 'family-notified', '2026-11-27T06:59:59Z')).toMatchObject({ state: 'due', dueMs: ms(ADMISSION_24H) });
    expect(ruleAt(scenario, 'family-notified', '2026-11-27T07:00:01Z').state).toBe('overdue');
    const delayed = add(scenario, 'custody.family_notified', { ...notice, outcome: 'delayed', delayReason: 'Judge ordered a delay' }, '2026-11-26T12:00:00+03:00');
    expect(ruleAt(scenario, 'family-notified', '2026-11-27T07:00:01Z')).toMatchObject({ state: 'overdue' });
    expect(ruleAt(scenario, 'family-notified', '2026-11-27T07:00:01Z').evidence).toContain(delayed.id);
    add(scenario, 'custody.family_notified', notice, '2026-11-26T20:00:00+03:00');
    expect(ruleAt(scenario, 'family-notified', '2026-11-30T00:00:00Z').state).toBe('met');
  });

  it('does not apply when an adult declines, but still does for a child', () => {
    expect(ruleAt(admittedWith({ family: { consentToNotify: { value: false } } }), 'family-notified', '2026-11-30T00:00:00Z')).toMatchObject({ state: 'not_applicable', notes: ['declined_by_detainee'] });
    const child = admittedWith({ identity: { dateOfBirth: { value: '2011-05-05' } }, family: { consentToNotify: { value: false } } });
    expect(ruleAt(child, 'family-notified', '2026-11-30T00:00:00Z').state).toBe('overdue');
  });
});

describe('family notified after a transfer (T8)', () => {
  it('reads the transfer notification time, and applies only after a transfer', () => {
    expect(ruleAt(admittedWith(), 'family-notified-transfer', '2026-11-30T00:00:00Z').state).toBe('not_applicable');
    const told = admittedWith();
    add(told, 'custody.transferred_out', SAMPLE_PAYLOADS['custody.transferred_out'], '2026-11-26T12:00:00+03:00');
    expect(ruleAt(told, 'family-notified-transfer', '2026-11-30T00:00:00Z').state).toBe('met');
    const untold = admittedWith();
    add(untold, 'custody.transferred_out', { ...SAMPLE_PAYLOADS['custody.transferred_out'], familyNotifiedAt: { unknown: 'unknown' } }, '2026-11-26T12:00:00+03:00');
    expect(ruleAt(untold, 'family-notified-transfer', '2026-11-27T08:59:00Z').state).toBe('due');
    expect(ruleAt(untold, 'family-notified-transfer', '2026-11-27T09:00:01Z').state).toBe('overdue');
  });
});

describe('consular notification (§1.2 row 37)', () => {
  it('applies to foreign nationals only', () => {
    expect(ruleAt(admittedWith(), 'consular-notification', ADMISSION_24H).state).toBe('not_applicable');
    const foreign = admittedWith({ identity: { isForeignNational: { value: true } } });
    expect(ruleAt(foreign, 'consular-notification', '2026-11-26T20:00:00Z').state).toBe('due');
    add(foreign, 'custody.consul_informed', { ...SAMPLE_PAYLOADS['custody.consul_informed'], outcome: 'detainee_declined' }, '2026-11-26T12:00:00+03:00');
    expect(ruleAt(foreign, 'consular-notification', '2026-11-30T00:00:00Z')).toMatchObject({ state: 'met', notes: ['declined_by_detainee'] });
  });
});

describe('medical examination on admission (T13)', () => {
  it('is due, then overdue, and met by an examination or a recorded refusal', () => {
    const scenario = admittedWith();
    expect(ruleAt(scenario, 'medical-exam', ADMISSION_24H).state).toBe('due');
    expect(ruleAt(scenario, 'medical-exam', '2026-11-27T07:00:01Z').state).toBe('overdue');
    add(scenario, 'custody.medical_examined', SAMPLE_PAYLOADS['custody.medical_examined'], '2026-11-26T14:00:00+03:00');
    expect(ruleAt(scenario, 'medical-exam', '2026-11-30T00:00:00Z').state).toBe('met');
    const atAdmission = admittedWith({ health: { examination: { value: { at: '2026-11-26T11:00:00+03:00', examiner: 'Nurse' } } } });
    expect(ruleAt(atAdmission, 'medical-exam', '2026-11-30T00:00:00Z').state).toBe('met');
    const refused = admittedWith({ health: { examination: { unknown: 'refused' } } });
    expect(ruleAt(refused, 'medical-exam', '2026-11-30T00:00:00Z')).toMatchObject({ state: 'met', notes: ['declined_by_detainee'] });
  });
});
