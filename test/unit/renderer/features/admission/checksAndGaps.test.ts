import { describe, expect, it } from 'vitest';
import { buildAdmission } from '../../../../../renderer/features/admission/buildAdmission';
import { admissionProblems, inputPathOf, writeProblems } from '../../../../../renderer/features/admission/checks';
import { shownProblems } from '../../../../../renderer/features/admission/fieldErrors';
import { personFacts } from '../../../../../renderer/features/admission/person';
import { gapsOfAdmission, requiredFields, sectionProgress } from '../../../../../renderer/features/admission/progress';
import { aCompleteDraft, aNewDraft, typed, ZONE } from './draftBuilders';

const NOW = new Date('2025-03-01T12:00:00Z');

function problemsOf(values: Record<string, string>) {
  return admissionProblems(buildAdmission(typed(aCompleteDraft(), values), ZONE), NOW).map(({ source, problem }) => ({ source, code: problem.code, path: problem.path }));
}

describe('a child is recognised while the form is typed', () => {
  it('from a birth date less than 18 years before the arrest', () => {
    const draft = typed(aNewDraft(), { 'identity.dateOfBirth.year': '2007', 'identity.dateOfBirth.month': '3', 'identity.dateOfBirth.day': '5', 'arrest.at.date': '2025-03-01', 'arrest.at.time': '08:00' });
    expect(personFacts(draft, ZONE).childStatus).toBe('child');
    expect(personFacts(typed(draft, { 'identity.dateOfBirth.day': '1' }), ZONE).childStatus).toBe('adult');
  });

  it('reading a partial birth date protectively: born some time in 2007 may still be 17', () => {
    const draft = typed(aNewDraft(), { 'identity.dateOfBirth.year': '2007' });
    expect(personFacts(draft, ZONE).childStatus).toBe('child');
  });

  it('from the estimated age when there is no birth date, at admission when the arrest date is not known', () => {
    expect(personFacts(typed(aNewDraft(), { 'identity.estimatedAgeYears': '16' }), ZONE).childStatus).toBe('child');
    expect(personFacts(typed(aNewDraft(), { 'identity.estimatedAgeYears': '30' }), ZONE).childStatus).toBe('adult');
    expect(personFacts(aNewDraft(), ZONE).childStatus).toBe('unknown');
  });
});

describe('custody rules checked before anything is written', () => {
  it('accepts the complete admission', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it('puts a birth after the arrest at the birth date', () => {
    expect(problemsOf({ 'identity.dateOfBirth.year': '2025', 'identity.dateOfBirth.month': '3', 'identity.dateOfBirth.day': '1' })).toEqual([
      { source: 'rule', code: 'birth-after-arrest', path: 'identity.dateOfBirth' },
    ]);
  });

  it('puts an arrest after the admission at the arrest time', () => {
    expect(problemsOf({ 'arrest.at.date': '2025-03-01', 'arrest.at.time': '11:00' })).toEqual([
      { source: 'rule', code: 'arrest-after-admission', path: 'arrest.at' },
    ]);
  });

  it('refuses an admission in the future once, at the admission time', () => {
    expect(problemsOf({ 'admission.at.date': '2025-03-02', 'admission.at.time': '10:00' })).toEqual([
      { source: 'rule', code: 'future-date', path: 'admission.at' },
    ]);
  });

  it('lists problems in the order of the form', () => {
    const found = problemsOf({ 'admission.at.date': '', 'identity.estimatedAgeYears': 'abc' });
    expect(found.map(({ path }) => path)).toEqual(['identity.estimatedAgeYears', 'admission.at']);
  });

  it('names a list item by its row on screen, blank rows counted', () => {
    expect(inputPathOf('family.children.1.ageYears', { 'family.children': [0, 2] })).toBe('family.children.2.ageYears');
    expect(inputPathOf('occurredAt', {})).toBe('admission.at');
    expect(writeProblems([{ code: 'invalid', path: 'identity.documents.0.kind' }], { 'identity.documents': [3] })).toEqual([
      { source: 'rule', problem: { code: 'invalid', path: 'identity.documents.3.kind' } },
    ]);
  });

  it('shows a typing problem once its field is left, a broken rule at once, everything after an attempt', () => {
    const problems = admissionProblems(buildAdmission(typed(aCompleteDraft(), { 'identity.estimatedAgeYears': 'abc', 'arrest.at.date': '2025-03-01', 'arrest.at.time': '11:00' }), ZONE), NOW);
    expect([...shownProblems(problems, new Set(), 0).keys()]).toEqual(['arrest.at']);
    expect([...shownProblems(problems, new Set(['identity.estimatedAgeYears']), 0).keys()]).toEqual(['identity.estimatedAgeYears', 'arrest.at']);
    expect(shownProblems(problems, new Set(), 1).size).toBe(2);
  });
});

describe('gaps: required fields left unknown, listed but never blocking', () => {
  it('lists the required fields of a new draft, and none of a complete one', () => {
    const fresh = aNewDraft();
    const gaps = gapsOfAdmission(buildAdmission(fresh, ZONE), personFacts(fresh, ZONE));
    expect(gaps).toContain('identity.familyName');
    expect(gaps).toContain('arrest.at');
    expect(gaps).not.toContain('admission.at');
    expect(gaps).not.toContain('identity.militaryRank');
    const complete = aCompleteDraft();
    expect(gapsOfAdmission(buildAdmission(complete, ZONE), personFacts(complete, ZONE))).toEqual([]);
  });

  it('counts a refusal as an answer and an unknown as a gap', () => {
    const refused = typed(aCompleteDraft(), {}, { 'identity.familyName': 'refused', 'arrest.place': 'unknown' });
    expect(gapsOfAdmission(buildAdmission(refused, ZONE), personFacts(refused, ZONE))).toEqual(['arrest.place']);
  });

  it('requires rank and service number of a prisoner of war', () => {
    const pow = typed(aCompleteDraft(), { 'status.legalCategory': 'pow', 'status.legalRegime': 'iac' });
    const facts = personFacts(pow, ZONE);
    expect(requiredFields(facts).has('identity.serviceNumber')).toBe(true);
    expect(gapsOfAdmission(buildAdmission(pow, ZONE), facts)).toEqual(expect.arrayContaining(['identity.militaryRank', 'identity.serviceNumber', 'identity.powerDependedOn']));
  });

  it('shows each step answered out of asked, with its gaps', () => {
    const draft = typed(aNewDraft(), { 'identity.familyName': 'Haddad' }, { 'identity.givenNames': 'refused' });
    const facts = personFacts(draft, ZONE);
    const progress = sectionProgress(draft, facts, gapsOfAdmission(buildAdmission(draft, ZONE), facts));
    expect(progress.identity.answered).toBe(2);
    expect(progress.identity.total).toBe(19);
    expect(progress.identity.gaps).not.toContain('identity.familyName');
    expect(progress.admission.answered).toBe(3);
    expect(progress.status.total).toBe(2);
  });
});
