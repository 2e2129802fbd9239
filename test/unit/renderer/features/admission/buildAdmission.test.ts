import { describe, expect, it } from 'vitest';
import { validateCustodyDraft } from '@shared/custody/validation';
import type { JsonObject } from '@shared/crypto/canonicalJson';
import { buildAdmission } from '../../../../../renderer/features/admission/buildAdmission';
import { aCompleteDraft, aNewDraft, typed, withRows, ZONE } from './draftBuilders';

describe('the admission form as a payload', () => {
  it('records every field of a new draft as unknown, never blank, and writes the facility defaults', () => {
    const { input, problems } = buildAdmission(aNewDraft(), ZONE);
    expect(problems).toEqual([]);
    expect(input.identity.familyName).toEqual({ unknown: 'unknown' });
    expect(input.arrest.at).toEqual({ unknown: 'unknown' });
    expect(input.family.children).toEqual({ unknown: 'unknown' });
    expect(input.health.examination).toEqual({ unknown: 'unknown' });
    expect(input.admission).toMatchObject({
      at: '2025-03-01T10:00:00+01:00',
      place: 'Central Remand Prison',
      responsibleAuthority: 'Ministry of Justice, Prisons Directorate',
    });
    expect(input.status.legalRegime).toBe('criminal');
  });

  it('gives a complete admission that the custody rules accept', () => {
    const { input, problems } = buildAdmission(aCompleteDraft(), ZONE);
    expect(problems).toEqual([]);
    const payload = { ...input, registerNumber: { prefix: 'CRP', number: 1 } } as unknown as JsonObject;
    const draft = { type: 'custody.admitted', subject: 'record-1', occurredAt: input.admission.at, payload };
    expect(validateCustodyDraft(draft, { now: new Date('2025-03-01T12:00:00Z') })).toEqual([]);
    expect(input.identity.familyName).toEqual({ value: 'الحسن' });
    expect(input.identity.dateOfBirth).toEqual({ value: '1990-04-12' });
    expect(input.identity.languages).toEqual({ value: ['Arabic', 'French'] });
    expect(input.identity.isForeignNational).toEqual({ value: false });
    expect(input.arrest.at).toEqual({ value: '2025-02-28T21:30:00+01:00' });
    expect(input.family.children).toEqual({ value: [] });
    expect(input.family.nextOfKin).toEqual({
      value: { name: 'Hassan Al-Ali', relationship: { value: 'brother' }, address: { unknown: 'unknown' }, phone: { unknown: 'unknown' } },
    });
  });

  it('records a reason instead of what was typed once one is chosen', () => {
    const draft = typed(aNewDraft(), { 'identity.familyName': 'Typed then withdrawn' }, { 'identity.familyName': 'refused', 'health.examination': 'refused' });
    const { input } = buildAdmission(draft, ZONE);
    expect(input.identity.familyName).toEqual({ unknown: 'refused' });
    expect(input.health.examination).toEqual({ unknown: 'refused' });
  });

  it('cleans text: trimmed, NFC, line breaks in descriptions read as spaces', () => {
    const draft = typed(aNewDraft(), { 'identity.givenNames': '  Mohame\u0301d  ', 'identity.distinguishingMarks': 'Scar on\nleft hand' });
    const { input } = buildAdmission(draft, ZONE);
    expect(input.identity.givenNames).toEqual({ value: 'Mohamed'.replace('ed', '\u00e9d') });
    expect(input.identity.distinguishingMarks).toEqual({ value: 'Scar on left hand' });
  });

  it('reads partial birth dates, Arabic-Indic digits and ages', () => {
    const yearOnly = buildAdmission(typed(aNewDraft(), { 'identity.dateOfBirth.year': '١٩٨٧', 'identity.estimatedAgeYears': '٣٨' }), ZONE).input;
    expect(yearOnly.identity.dateOfBirth).toEqual({ value: '1987' });
    expect(yearOnly.identity.estimatedAgeYears).toEqual({ value: 38 });
    const yearMonth = buildAdmission(typed(aNewDraft(), { 'identity.dateOfBirth.year': '1987', 'identity.dateOfBirth.month': '2' }), ZONE).input;
    expect(yearMonth.identity.dateOfBirth).toEqual({ value: '1987-02' });
  });

  it('names each input typed wrongly, and writes it as unknown meanwhile', () => {
    const draft = typed(aNewDraft(), {
      'identity.dateOfBirth.year': '1990',
      'identity.dateOfBirth.month': '2',
      'identity.dateOfBirth.day': '30',
      'identity.estimatedAgeYears': '3O',
      'arrest.at.date': '2025-02-28',
      'reasonsToldAt.time': '',
      'health.examination.examiner': 'Dr Salah',
      'identity.familyName': 'x'.repeat(201),
    });
    const { input, problems } = buildAdmission(draft, ZONE);
    expect(problems).toEqual([
      { code: 'too-long', path: 'identity.familyName', limit: 200 },
      { code: 'bad-date', path: 'identity.dateOfBirth' },
      { code: 'bad-number', path: 'identity.estimatedAgeYears', min: 0, limit: 120 },
      { code: 'date-without-time', path: 'arrest.at' },
      { code: 'part-missing', path: 'health.examination.at' },
    ]);
    expect(input.identity.dateOfBirth).toEqual({ unknown: 'unknown' });
    expect(input.health.examination).toEqual({ unknown: 'unknown' });
  });

  it('refuses to admit without the admission time or place', () => {
    const draft = typed(aNewDraft(), { 'admission.at.date': '', 'admission.at.time': '', 'admission.place': '  ' });
    expect(buildAdmission(draft, ZONE).problems).toEqual([
      { code: 'required', path: 'admission.at' },
      { code: 'required', path: 'admission.place' },
    ]);
  });

  it('writes rows of groups, leaving blank rows out and naming wrong parts by their row on screen', () => {
    let draft = withRows(aNewDraft(), 'family.children', [{ name: 'Salma', ageYears: '7' }, {}, { ageYears: '4', carer: 'Grandmother' }]);
    draft = withRows(draft, 'property.inventory', [{ description: 'Mobile phone' }, {}, { quantity: '2' }]);
    const { input, problems, places } = buildAdmission(draft, ZONE);
    expect(input.family.children).toEqual({
      value: [
        { name: { value: 'Salma' }, ageYears: { value: 7 }, location: { unknown: 'unknown' }, carer: { unknown: 'unknown' } },
        { name: { unknown: 'unknown' }, ageYears: { value: 4 }, location: { unknown: 'unknown' }, carer: { value: 'Grandmother' } },
      ],
    });
    expect(places['family.children']).toEqual([0, 2]);
    expect(problems).toEqual([{ code: 'part-missing', path: 'property.inventory.2.description' }]);
    expect(input.property.inventory).toEqual({ unknown: 'unknown' });
  });

  it('asks prisoner-of-war details only of prisoners of war', () => {
    const rank = { 'identity.militaryRank': 'Sergeant' };
    expect(buildAdmission(typed(aNewDraft(), rank), ZONE).input.identity.militaryRank).toEqual({ unknown: 'unknown' });
    const civilian = typed(aNewDraft(), { ...rank, 'status.legalCategory': 'civilian_internee' });
    expect(buildAdmission(civilian, ZONE).input.identity.militaryRank).toEqual({ unknown: 'not_applicable' });
    const pow = typed(aNewDraft(), { ...rank, 'status.legalCategory': 'pow' });
    expect(buildAdmission(pow, ZONE).input.identity.militaryRank).toEqual({ value: 'Sergeant' });
  });

  it('asks Bangkok Rules health items of women only', () => {
    const history = { 'health.reproductiveHealth': 'Pregnant, 5 months' };
    const woman = typed(aNewDraft(), { ...history, 'identity.sex': 'female' });
    expect(buildAdmission(woman, ZONE).input.health.reproductiveHealth).toEqual({ value: 'Pregnant, 5 months' });
    const man = typed(aNewDraft(), { ...history, 'identity.genderIdentity': 'man' });
    expect(buildAdmission(man, ZONE).input.health.reproductiveHealth).toEqual({ unknown: 'not_applicable' });
  });
});
