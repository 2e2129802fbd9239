/**
 * The pure rules of the detainee page: what a form is missing, how list items move, which
 * events a record offers to whom, which fields a user may correct, and who may confirm.
 */
import { OCCURRED_AT_PATH } from '@shared/custody/events/audit';
import { describe, expect, it } from 'vitest';
import { capabilityFor, correctableFields, needsSecondUser, specOfPath } from '../../../../../renderer/features/detainee/fields/corrections';
import { eventSpecOf, offeredSpecs } from '../../../../../renderer/features/detainee/fields/eventSpecs';
import { openEpisodes } from '../../../../../renderer/features/detainee/fields/episodes';
import { countKey, fieldsToJson, knownKey, missingFields, withoutListItem } from '../../../../../renderer/features/detainee/fields/formValues';
import { pendingChanges } from '../../../../../renderer/features/detainee/fields/pending';
import { aCustodyDraft, aCustodyScenario, anAdmissionDraft, REGISTRAR, SUPERVISOR } from '../../../../builders/custody';

const ZONE = 'Africa/Khartoum';
const fieldsOf = (type: Parameters<typeof eventSpecOf>[0]) => eventSpecOf(type)?.fields ?? [];

describe('what a form is missing', () => {
  it('names each required field with nothing entered, and accepts a reason in place of a value', () => {
    const fields = fieldsOf('custody.icrc_visited');
    expect(missingFields(fields, '', {})).toEqual([
      { path: 'privateInterviewHeld', kind: 'known' },
      { path: 'icrcRegistrationRef', kind: 'known' },
    ]);
    expect(missingFields(fields, '', { privateInterviewHeld: 'yes', [knownKey('icrcRegistrationRef')]: 'refused' })).toEqual([]);
  });

  it('asks for the delay reason only when the family notice was delayed', () => {
    const fields = fieldsOf('custody.family_notified');
    const answered = { outcome: 'notified', trigger: 'admission', person: 'Hassan', relationship: 'brother', channel: 'phone', notifiedBy: 'Duty officer' };
    expect(missingFields(fields, '', answered)).toEqual([]);
    expect(fieldsToJson(fields, '', { ...answered, delayReason: 'typed before changing the outcome' }, ZONE)).not.toHaveProperty('delayReason');
    expect(fieldsToJson(fields, '', { ...answered, outcome: 'delayed', delayReason: 'Investigation' }, ZONE)).toMatchObject({ delayReason: 'Investigation' });
  });

  it('looks inside groups and lists, and wants at least one of several choices', () => {
    expect(missingFields(fieldsOf('custody.transferred_out'), '', { destination: 'Prison B', responsibleAuthority: 'A', receivingAuthority: 'B', familyNotifiedAt: '2026-01-01T10:00', fileSent: 'yes', medicalFileSent: 'no' })).toEqual([
      { path: 'riskAssessment.outcome', kind: 'value' },
      { path: 'riskAssessment.receiverWillingAndAble', kind: 'known' },
      { path: 'riskAssessment.assurances', kind: 'known' },
      { path: 'riskAssessment.monitoring', kind: 'known' },
      { path: 'riskAssessment.reference', kind: 'known' },
    ]);
    expect(missingFields(fieldsOf('custody.card_issued'), '', { kind: 'capture_card', trigger: 'capture', outcome: 'sent' })).toEqual([{ path: 'sentTo', kind: 'choice' }]);
  });

  it('moves later list items up when one is removed, so nothing typed is misplaced', () => {
    const values = { [countKey('docs')]: '3', 'docs.0.kind': 'ID', 'docs.1.kind': 'Passport', 'docs.2.kind': 'Licence', [knownKey('docs.2.number')]: 'refused' };
    expect(withoutListItem(values, 'docs', 1)).toEqual({ [countKey('docs')]: '2', 'docs.0.kind': 'ID', 'docs.1.kind': 'Licence', [knownKey('docs.1.number')]: 'refused' });
  });

  it('reads digits typed on an Arabic keyboard', () => {
    expect(fieldsToJson(fieldsOf('custody.correspondence_recorded'), '', { direction: 'sent', kind: 'letter', count: '١٢' }, ZONE)).toMatchObject({ count: 12 });
  });
});

describe('the events a record offers', () => {
  it('offers movements only from a status they can follow, and each form only to those who may write it', () => {
    const scenario = aCustodyScenario();
    scenario.append(anAdmissionDraft());
    const register = (capability: string) => capability === 'register.write';
    const inCustody = offeredSpecs(scenario.record(), register).map((spec) => spec.type);
    expect(inCustody).toContain('custody.released');
    expect(inCustody).not.toContain('custody.hospital_returned');
    expect(inCustody).not.toContain('custody.medical_examined');
    expect(offeredSpecs(scenario.record(), (capability) => capability === 'medical.write').map((spec) => spec.type)).toEqual(['custody.medical_examined']);
    scenario.append(aCustodyDraft('custody.released', { orderingAuthority: { unknown: 'unknown' }, releasedTo: { unknown: 'unknown' }, place: { unknown: 'unknown' }, propertyReturned: { value: 'all_returned' }, documentsReturned: { value: true }, recordCopyHanded: { value: true }, familyInformedAt: { unknown: 'unknown' } }, '2026-11-26T12:00:00+03:00'));
    const released = offeredSpecs(scenario.record(), register).map((spec) => spec.type);
    expect(released).not.toContain('custody.released');
    expect(released).not.toContain('custody.transferred_out');
    expect(released).toContain('custody.hearing_held');
  });

  it('offers only open episodes to close', () => {
    const scenario = aCustodyScenario();
    scenario.append(anAdmissionDraft());
    const first = scenario.append(aCustodyDraft('custody.hospital_admitted', { facility: 'City hospital', reason: { unknown: 'unknown' }, escortingAuthority: { unknown: 'unknown' } }, '2026-11-26T11:00:00+03:00'));
    expect(openEpisodes(scenario.record(), 'custody.hospital_admitted').map((entry) => entry.id)).toEqual([first.id]);
    scenario.append(aCustodyDraft('custody.hospital_returned', { hospitalEventId: first.id, notes: { unknown: 'not_applicable' } }, '2026-11-26T12:00:00+03:00'));
    expect(openEpisodes(scenario.record(), 'custody.hospital_admitted')).toEqual([]);
  });
});

describe('corrections', () => {
  it('offers the event time and every form field of a later event, and every admission field', () => {
    expect(correctableFields('custody.hearing_held', false).map((field) => field.path)).toEqual([OCCURRED_AT_PATH, 'court', 'kind', 'outcome', 'lawyerPresent', 'nextHearingAt']);
    const admission = correctableFields('custody.admitted', true).map((field) => field.path);
    expect(admission).toContain('registerNumber');
    expect(admission).toContain('identity.givenNamesLatin');
    expect(admission).toContain('family.children');
    expect(admission).not.toContain(OCCURRED_AT_PATH);
  });

  it('keeps medical fields from those who do not read them, and gives medical entries to medical staff', () => {
    expect(correctableFields('custody.medical_examined', false).map((field) => field.path)).toEqual([OCCURRED_AT_PATH, 'context', 'outcome', 'examiner']);
    expect(correctableFields('custody.admitted', false).map((field) => field.path)).not.toContain('health.conditions');
    expect(correctableFields('custody.admitted', true).map((field) => field.path)).toContain('health.conditions');
    expect(capabilityFor('custody.medical_examined')).toBe('medical.write');
    expect(capabilityFor('custody.admitted', 'health.conditions')).toBe('medical.write');
    expect(capabilityFor('custody.admitted', 'identity.familyName')).toBe('register.write');
  });

  it('needs a second user for identity and register number only', () => {
    expect(needsSecondUser('custody.admitted', 'identity.familyName')).toBe(true);
    expect(needsSecondUser('custody.admitted', 'registerNumber')).toBe(true);
    expect(needsSecondUser('custody.admitted', 'arrest.place')).toBe(false);
    expect(needsSecondUser('custody.hearing_held', 'court')).toBe(false);
  });

  it('finds the descriptor of nested paths written by any client', () => {
    expect(specOfPath('custody.admitted', 'identity.documents.value.0.number')?.name).toBe('number');
    expect(specOfPath('custody.transferred_out', 'riskAssessment.value.outcome')?.name).toBe('outcome');
    expect(specOfPath('custody.admitted', 'identity.familyName.value')?.known).toBeUndefined();
    expect(specOfPath('custody.hearing_held', OCCURRED_AT_PATH)?.input.kind).toBe('instant');
  });

  it('lists pending voids and identity corrections with who may confirm them', () => {
    const scenario = aCustodyScenario();
    const admission = scenario.append(anAdmissionDraft());
    const exam = scenario.append(aCustodyDraft('custody.medical_examined', { context: 'admission', outcome: 'examined', examiner: { value: 'Dr Salma' }, findings: { value: 'No injuries' }, injuries: { value: { present: false } }, referredTo: { unknown: 'not_applicable' }, tortureSignsReferral: { unknown: 'not_applicable' } }, '2026-11-26T11:00:00+03:00'));
    scenario.append(aCustodyDraft('custody.voided', { targetEventId: exam.id, reason: 'Wrong person' }, '2026-11-26T12:00:00+03:00'), REGISTRAR);
    scenario.append(aCustodyDraft('custody.corrected', { targetEventId: admission.id, path: 'identity.givenNamesLatin', from: { value: 'Mohamed' }, to: { value: 'Muhammad' }, reason: 'Passport spelling' }, '2026-11-26T12:00:00+03:00'), SUPERVISOR);
    const changes = pendingChanges(scenario.record());
    expect(changes.map((change) => [change.change.kind, change.capability, change.pending.authorId])).toEqual([
      ['void', 'medical.write', REGISTRAR.id],
      ['correction', 'register.write', SUPERVISOR.id],
    ]);
  });
});
