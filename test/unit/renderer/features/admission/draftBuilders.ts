/** Admission drafts for tests: a new one as the form starts it, and one filled in like a real admission. */
import type { AdmissionDraft, DraftRow } from '../../../../../renderer/features/admission/admissionDraft';
import { newAdmissionDraft } from '../../../../../renderer/features/admission/admissionDraft';
import type { ListId } from '../../../../../renderer/features/admission/formFields';
import { aFacilityProfile } from '../../../../builders/ledger';

export const ZONE = 'Africa/Tunis';

/** A draft as the form starts it: admitted at `date` `time`, at the test facility, nothing else typed. */
export function aNewDraft(date = '2025-03-01', time = '10:00'): AdmissionDraft {
  return newAdmissionDraft({ facility: aFacilityProfile({ timeZone: ZONE }), now: { date, time }, startedAt: '2025-03-01T09:00:00.000Z' });
}

/** The draft with inputs typed (`path → text`) and reasons chosen. */
export function typed(draft: AdmissionDraft, values: Record<string, string>, reasons: AdmissionDraft['reasons'] = {}): AdmissionDraft {
  return { ...draft, values: { ...draft.values, ...values }, reasons: { ...draft.reasons, ...reasons } };
}

/** The draft with rows in a group, each `part → text`. */
export function withRows(draft: AdmissionDraft, list: ListId, rows: Record<string, string>[]): AdmissionDraft {
  const made: DraftRow[] = rows.map((values, index) => ({ id: `row-${String(draft.nextRowId + index)}`, values, reasons: {} }));
  return { ...draft, rows: { ...draft.rows, [list]: [...draft.rows[list], ...made] }, nextRowId: draft.nextRowId + rows.length };
}

/** An Arabic-named man on remand, arrested the evening before, with every required field answered. */
export function aCompleteDraft(): AdmissionDraft {
  const values = {
    'identity.familyName': 'الحسن',
    'identity.givenNames': 'محمد',
    'identity.familyNameLatin': 'Al-Hassan',
    'identity.givenNamesLatin': 'Mohamed',
    'identity.fatherFirstName': 'علي',
    'identity.motherName': 'فاطمة',
    'identity.sex': 'male',
    'identity.genderIdentity': 'man',
    'identity.dateOfBirth.year': '1990',
    'identity.dateOfBirth.month': '4',
    'identity.dateOfBirth.day': '12',
    'identity.placeOfBirth': 'Al-Qasr',
    'identity.nationality': 'Tunisian',
    'identity.isForeignNational': 'no',
    'identity.languages': 'Arabic، French',
    'identity.interpreterNeeded': 'no',
    'status.legalCategory': 'criminal_remand',
    'arrest.at.date': '2025-02-28',
    'arrest.at.time': '21:30',
    'arrest.place': 'Checkpoint 4',
    'arrest.authority': 'National Guard',
    'arrest.reasons': 'Suspected of theft',
    'legalBasis.orderingAuthority': 'Public prosecutor',
    'legalBasis.grounds': 'Criminal procedure code, art. 110',
    'legalBasis.orderReference': 'CO-2025-17',
    'legalBasis.supervisingAuthority': 'Ministry of Justice',
    'admission.separation.quarters': 'men',
    'admission.separation.ageGroup': 'adult',
    'admission.separation.statusGroup': 'untried',
    'health.visibleInjuries.present': 'no',
    'health.priorIllTreatment.present': 'no',
    'health.conditions': 'None reported',
    'family.nextOfKin.name': 'Hassan Al-Ali',
    'family.nextOfKin.relationship': 'brother',
  };
  const draft = typed(aNewDraft(), values, { 'family.members': 'none', 'family.children': 'none', 'property.inventory': 'none' });
  return withRows(draft, 'identity.documents', [{ kind: 'National ID card', number: 'ID0012345678', heldBy: 'facility', receiptNumber: 'R-1' }]);
}
