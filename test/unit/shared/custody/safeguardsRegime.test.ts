import { describe, expect, it } from 'vitest';
import { addThreshold, createSafeguardProfile, DEFAULT_SAFEGUARD_PROFILE, evaluateRecord, resultsValidUntil, SAFEGUARD_RULE_IDS, SAFEGUARD_RULES, worstState } from '@shared/custody/safeguards';
import { aCustodyDraft, SUPERVISOR } from '../../../builders/custody';
import { SAMPLE_PAYLOADS } from './samplePayloads';
import { add, admittedWith, ms, ruleAt } from './safeguardsHelpers';

const POW = { status: { legalCategory: { value: 'pow' }, legalRegime: 'iac' } } as const;
const INTERNEE_IAC = { status: { legalCategory: { value: 'civilian_internee' }, legalRegime: 'iac' } } as const;
const NIAC = { status: { legalCategory: { value: 'niac_security_detainee' }, legalRegime: 'niac' } } as const;
const WOMAN = { sex: { value: 'female' }, genderIdentity: { value: 'woman' } } as const;
const CHILD_BIRTH = { dateOfBirth: { value: '2010-06-01' } } as const;

describe('capture and internment cards (T9)', () => {
  it('is due within a week of arrival in IAC, overdue after, met by a card', () => {
    const scenario = admittedWith(POW);
    expect(ruleAt(scenario, 'capture-card', '2026-12-03T07:00:00Z')).toMatchObject({ state: 'due', dueMs: ms('2026-12-03T07:00:00Z') });
    expect(ruleAt(scenario, 'capture-card', '2026-12-03T07:00:01Z').state).toBe('overdue');
    add(scenario, 'custody.card_issued', SAMPLE_PAYLOADS['custody.card_issued'], '2026-11-28T10:00:00+03:00');
    expect(ruleAt(scenario, 'capture-card', '2026-12-10T00:00:00Z').state).toBe('met');
  });

  it('does not apply under criminal law', () => {
    expect(ruleAt(admittedWith(), 'capture-card', '2026-12-10T00:00:00Z').state).toBe('not_applicable');
  });
});

describe('Information Bureau (T10)', () => {
  it('is due within two weeks for an internee, and lapses if custody ends first', () => {
    const scenario = admittedWith(INTERNEE_IAC);
    expect(ruleAt(scenario, 'information-bureau', '2026-12-10T07:00:00Z').state).toBe('due');
    expect(ruleAt(scenario, 'information-bureau', '2026-12-10T07:00:01Z').state).toBe('overdue');
    add(scenario, 'custody.released', SAMPLE_PAYLOADS['custody.released'], '2026-11-30T12:00:00+03:00');
    expect(ruleAt(scenario, 'information-bureau', '2026-12-20T00:00:00Z')).toMatchObject({ state: 'not_applicable', notes: ['custody_ended'] });
  });
});

describe('ICRC notification in NIAC (T12b)', () => {
  it('uses the configurable 14 days, met by a notification or a visit', () => {
    const scenario = admittedWith(NIAC);
    expect(ruleAt(scenario, 'icrc-notified', '2026-12-10T07:00:01Z').state).toBe('overdue');
    add(scenario, 'custody.icrc_visited', SAMPLE_PAYLOADS['custody.icrc_visited'], '2026-12-05T10:00:00+03:00');
    expect(ruleAt(scenario, 'icrc-notified', '2026-12-20T00:00:00Z').state).toBe('met');
    expect(ruleAt(admittedWith(), 'icrc-notified', '2026-12-20T00:00:00Z').state).toBe('not_applicable');
  });
});

describe('internment review every six months (T5)', () => {
  it('counts from the decision and from each review', () => {
    const scenario = admittedWith(NIAC);
    add(scenario, 'custody.internment_decided', SAMPLE_PAYLOADS['custody.internment_decided'], '2026-11-26T12:00:00+03:00');
    expect(ruleAt(scenario, 'internment-review', '2027-05-26T09:00:00Z')).toMatchObject({ state: 'met', dueMs: ms('2027-05-26T09:00:00Z') });
    expect(ruleAt(scenario, 'internment-review', '2027-05-26T09:00:01Z').state).toBe('overdue');
    add(scenario, 'custody.internment_reviewed', SAMPLE_PAYLOADS['custody.internment_reviewed'], '2027-05-01T12:00:00+03:00');
    expect(ruleAt(scenario, 'internment-review', '2027-06-01T00:00:00Z')).toMatchObject({ state: 'met', dueMs: ms('2027-11-01T09:00:00Z') });
  });

  it('flags an internee with no recorded decision, and keeps a late review as a note', () => {
    const scenario = admittedWith(NIAC);
    expect(ruleAt(scenario, 'internment-review', '2026-12-01T00:00:00Z')).toMatchObject({ state: 'met', notes: ['no_decision_recorded'] });
    add(scenario, 'custody.internment_reviewed', SAMPLE_PAYLOADS['custody.internment_reviewed'], '2027-06-30T12:00:00+03:00');
    expect(ruleAt(scenario, 'internment-review', '2027-07-01T00:00:00Z').notes).toEqual(['previously_late', 'no_decision_recorded']);
    expect(ruleAt(admittedWith(), 'internment-review', '2027-07-01T00:00:00Z').state).toBe('not_applicable');
  });
});

describe('solitary confinement (T15, T15b)', () => {
  const start = SAMPLE_PAYLOADS['custody.solitary_started'];

  it('is due while an episode runs, overdue past 15 days, met when it ended in time', () => {
    const scenario = admittedWith();
    expect(ruleAt(scenario, 'solitary-duration', '2026-12-01T00:00:00Z').state).toBe('not_applicable');
    const episode = add(scenario, 'custody.solitary_started', start, '2026-11-26T12:00:00+03:00');
    expect(ruleAt(scenario, 'solitary-duration', '2026-12-11T09:00:00Z')).toMatchObject({ state: 'due', dueMs: ms('2026-12-11T09:00:00Z') });
    expect(ruleAt(scenario, 'solitary-duration', '2026-12-11T09:00:01Z').state).toBe('overdue');
    add(scenario, 'custody.solitary_ended', { startEventId: episode.id, authority: 'Director' }, '2026-12-01T12:00:00+03:00');
    expect(ruleAt(scenario, 'solitary-duration', '2027-01-01T00:00:00Z').state).toBe('met');
    expect(ruleAt(scenario, 'solitary-protected-groups', '2027-01-01T00:00:00Z').state).toBe('met');
  });

  it('is never met for a woman or a child, and unknown when age is unknown', () => {
    const woman = admittedWith({ identity: WOMAN });
    add(woman, 'custody.solitary_started', start, '2026-11-26T12:00:00+03:00');
    expect(ruleAt(woman, 'solitary-protected-groups', '2026-11-27T00:00:00Z').state).toBe('overdue');
    const child = admittedWith({ identity: CHILD_BIRTH });
    add(child, 'custody.solitary_started', start, '2026-11-26T12:00:00+03:00');
    expect(ruleAt(child, 'solitary-protected-groups', '2026-11-27T00:00:00Z').state).toBe('overdue');
    const ageless = admittedWith({ identity: { dateOfBirth: { unknown: 'unknown' }, estimatedAgeYears: { unknown: 'unknown' } } });
    add(ageless, 'custody.solitary_started', start, '2026-11-26T12:00:00+03:00');
    expect(ruleAt(ageless, 'solitary-protected-groups', '2026-11-27T00:00:00Z')).toMatchObject({ state: 'unknown', missing: ['identity.dateOfBirth'] });
  });
});

describe('separation of children and women', () => {
  it('finds a child held with adults, and clears it after a move', () => {
    const child = admittedWith({ identity: CHILD_BIRTH });
    expect(ruleAt(child, 'child-separation', '2026-11-27T00:00:00Z').state).toBe('overdue');
    const move = add(child, 'custody.placement_changed', SAMPLE_PAYLOADS['custody.placement_changed'], '2026-11-26T12:00:00+03:00');
    expect(ruleAt(child, 'child-separation', '2026-11-27T00:00:00Z')).toMatchObject({ state: 'met', evidence: [move.id] });
    expect(ruleAt(admittedWith(), 'child-separation', '2026-11-27T00:00:00Z').state).toBe('not_applicable');
    const unplaced = admittedWith({ identity: CHILD_BIRTH, admission: { separation: { unknown: 'unknown' } } });
    expect(ruleAt(unplaced, 'child-separation', '2026-11-27T00:00:00Z')).toMatchObject({ state: 'unknown', missing: ['admission.separation'] });
  });

  it('finds a woman in men’s quarters, accepts a family unit', () => {
    expect(ruleAt(admittedWith({ identity: WOMAN }), 'women-separation', '2026-11-27T00:00:00Z').state).toBe('overdue');
    const family = admittedWith({ identity: WOMAN, admission: { separation: { value: { quarters: 'family_unit', ageGroup: 'adult', statusGroup: 'untried' } } } });
    expect(ruleAt(family, 'women-separation', '2026-11-27T00:00:00Z')).toMatchObject({ state: 'met', notes: ['family_unit'] });
  });
});

describe('visits to children (T19)', () => {
  it('needs a family visit at least monthly', () => {
    const child = admittedWith({ identity: CHILD_BIRTH });
    expect(ruleAt(child, 'child-visits', '2026-12-26T07:00:00Z').state).toBe('met');
    expect(ruleAt(child, 'child-visits', '2026-12-26T07:00:01Z').state).toBe('overdue');
    add(child, 'custody.visit_received', SAMPLE_PAYLOADS['custody.visit_received'], '2026-12-20T10:00:00+03:00');
    expect(ruleAt(child, 'child-visits', '2027-01-10T00:00:00Z')).toMatchObject({ state: 'met', dueMs: ms('2027-01-20T07:00:00Z') });
  });
});

describe('ill-treatment allegations (T21)', () => {
  it('needs a referral within the limit for each allegation', () => {
    const alleged = admittedWith({ health: { priorIllTreatment: { value: { present: true } } } });
    expect(ruleAt(alleged, 'ill-treatment-referral', '2026-11-27T06:00:00Z').state).toBe('due');
    expect(ruleAt(alleged, 'ill-treatment-referral', '2026-11-27T07:00:01Z').state).toBe('overdue');
    const referred = admittedWith({ health: { priorIllTreatment: { value: { present: true } }, tortureReferral: { value: { at: '2026-11-26T12:00:00+03:00', authority: 'Prosecutor', reference: { unknown: 'unknown' } } } } });
    expect(ruleAt(referred, 'ill-treatment-referral', '2026-12-01T00:00:00Z').state).toBe('met');
    add(referred, 'custody.complaint_recorded', { ...SAMPLE_PAYLOADS['custody.complaint_recorded'], referredAt: { unknown: 'unknown' }, referredTo: { unknown: 'unknown' } }, '2026-11-27T12:00:00+03:00');
    expect(ruleAt(referred, 'ill-treatment-referral', '2026-12-01T00:00:00Z').state).toBe('overdue');
    expect(ruleAt(admittedWith(), 'ill-treatment-referral', '2026-12-01T00:00:00Z').state).toBe('not_applicable');
  });
});

describe('death in custody (T20)', () => {
  it('needs next of kin and a judicial authority told within the limit', () => {
    const died = admittedWith();
    add(died, 'custody.died', SAMPLE_PAYLOADS['custody.died'], '2026-11-26T12:00:00+03:00');
    expect(ruleAt(died, 'death-reporting', '2026-12-01T00:00:00Z').state).toBe('met');
    const unreported = admittedWith();
    add(unreported, 'custody.died', { ...SAMPLE_PAYLOADS['custody.died'], judicialAuthorityReportedAt: { unknown: 'unknown' } }, '2026-11-26T12:00:00+03:00');
    expect(ruleAt(unreported, 'death-reporting', '2026-11-27T08:00:00Z').state).toBe('due');
    expect(ruleAt(unreported, 'death-reporting', '2026-11-27T09:00:01Z').state).toBe('overdue');
    expect(unreported.record().status).toBe('deceased');
  });
});

describe('rules as data and profiles', () => {
  it('describes every rule with sources, force and thresholds per regime', () => {
    for (const id of SAFEGUARD_RULE_IDS) {
      const rule = SAFEGUARD_RULES[id];
      expect(rule.id).toBe(id);
      expect(rule.sources.length).toBeGreaterThan(0);
      expect(Object.keys(rule.thresholds).sort()).toEqual(['criminal', 'iac', 'niac']);
    }
    expect(SAFEGUARD_RULES['judge-appearance']).toMatchObject({ force: 'binding', thresholdBasis: 'source', childThreshold: { amount: 24, unit: 'hours' } });
    expect(SAFEGUARD_RULES['family-notified'].thresholdBasis).toBe('design');
  });

  it('accepts a stricter national profile and refuses a looser one', () => {
    const strict = createSafeguardProfile('national', 'National law', { 'judge-appearance': { criminal: { amount: 24, unit: 'hours' } }, 'icrc-notified': { criminal: { amount: 7, unit: 'days' } } });
    expect(strict.ok).toBe(true);
    if (!strict.ok) return;
    const scenario = admittedWith();
    expect(ruleAt(scenario, 'judge-appearance', '2026-11-27T03:00:01Z', strict.value).state).toBe('overdue');
    expect(ruleAt(scenario, 'judge-appearance', '2026-11-27T03:00:01Z', DEFAULT_SAFEGUARD_PROFILE).state).toBe('due');
    expect(ruleAt(scenario, 'icrc-notified', '2026-11-30T00:00:00Z', strict.value).state).toBe('due');
    const loose = createSafeguardProfile('lax', 'Lax', { 'judge-appearance': { criminal: { amount: 72, unit: 'hours' } }, 'capture-card': { iac: null } });
    expect(loose).toEqual({ ok: false, error: [
      { ruleId: 'judge-appearance', regime: 'criminal', code: 'looser-than-default' },
      { ruleId: 'capture-card', regime: 'iac', code: 'looser-than-default' },
    ] });
  });

  it('adds calendar months, clamping to the end of shorter months', () => {
    expect(new Date(addThreshold(ms('2026-01-31T10:00:00Z'), { amount: 1, unit: 'months' })).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(new Date(addThreshold(ms('2026-08-31T10:00:00Z'), { amount: 6, unit: 'months' })).toISOString()).toBe('2027-02-28T10:00:00.000Z');
  });

  it('skips voided events and voided records', () => {
    const scenario = admittedWith();
    const exam = add(scenario, 'custody.medical_examined', SAMPLE_PAYLOADS['custody.medical_examined'], '2026-11-26T14:00:00+03:00');
    expect(ruleAt(scenario, 'medical-exam', '2026-11-30T00:00:00Z').state).toBe('met');
    const voiding = scenario.append(aCustodyDraft('custody.voided', { targetEventId: exam.id, reason: 'Wrong detainee' }, '2026-11-26T15:00:00+03:00'));
    scenario.append(aCustodyDraft('custody.confirmed', { targetEventId: voiding.id }, '2026-11-26T15:00:00+03:00'), SUPERVISOR);
    expect(ruleAt(scenario, 'medical-exam', '2026-11-30T00:00:00Z').state).toBe('overdue');
    const admissionVoid = scenario.append(aCustodyDraft('custody.voided', { targetEventId: scenario.record().admissionEventId, reason: 'Duplicate' }, '2026-11-26T15:00:00+03:00'));
    scenario.append(aCustodyDraft('custody.confirmed', { targetEventId: admissionVoid.id }, '2026-11-26T15:00:00+03:00'), SUPERVISOR);
    const results = evaluateRecord(scenario.record(), new Date('2026-11-30T00:00:00Z'));
    expect(worstState(results)).toBe('not_applicable');
  });
});

describe('caching results', () => {
  it('holds until the earliest deadline still ahead, and forever when time changes nothing', () => {
    const scenario = admittedWith();
    const now = new Date('2026-11-26T09:00:00Z');
    const results = evaluateRecord(scenario.record(), now);
    expect(resultsValidUntil(results, now)).toBe(ms('2026-11-27T03:00:00Z'));
    const later = new Date('2026-11-27T03:00:01Z');
    expect(evaluateRecord(scenario.record(), later).find((r) => r.ruleId === 'lawyer-access')?.state).toBe('overdue');
    const released = admittedWith({ family: { consentToNotify: { value: false } }, health: { examination: { unknown: 'refused' } } });
    add(released, 'custody.released', SAMPLE_PAYLOADS['custody.released'], '2026-11-26T11:00:00+03:00');
    const closedAt = new Date('2026-12-30T00:00:00Z');
    expect(resultsValidUntil(evaluateRecord(released.record(), closedAt), closedAt)).toBe(Number.POSITIVE_INFINITY);
  });
});
