/**
 * Translation keys of the admission form's fields and sections. Field ids are payload
 * paths of `custody.admitted` (shared/custody/standards/admissionFields.ts); the members
 * of structured fields (a document's number, a contact's phone) are named by their path
 * without list indices, so a problem at `identity.documents.2.number` finds its label
 * (and the `value` or `unknown` step of a Known is skipped).
 */
import type { AdmissionPayload } from '@shared/custody/events/admission';
import type { TranslationKey } from '../../i18n/translationKey';

/** The admission form's sections: the payload's top-level members that users fill in. */
export type AdmissionSectionId = Exclude<keyof AdmissionPayload, 'registerNumber'>;

export const ADMISSION_SECTION_IDS: readonly AdmissionSectionId[] = ['identity', 'status', 'arrest', 'legalBasis', 'admission', 'health', 'property', 'family'];

export const SECTION_KEYS: Readonly<Record<AdmissionSectionId, TranslationKey>> = {
  identity: 'custody.section.identity',
  status: 'custody.section.status',
  arrest: 'custody.section.arrest',
  legalBasis: 'custody.section.legalBasis',
  admission: 'custody.section.admission',
  health: 'custody.section.health',
  property: 'custody.section.property',
  family: 'custody.section.family',
};

/** Every admission field id (ADMISSION_FIELDS) → its label. */
export const FIELD_KEYS: Readonly<Record<string, TranslationKey>> = {
  registerNumber: 'custody.field.registerNumber',
  'identity.familyName': 'custody.field.identity.familyName',
  'identity.givenNames': 'custody.field.identity.givenNames',
  'identity.familyNameLatin': 'custody.field.identity.familyNameLatin',
  'identity.givenNamesLatin': 'custody.field.identity.givenNamesLatin',
  'identity.aliases': 'custody.field.identity.aliases',
  'identity.sex': 'custody.field.identity.sex',
  'identity.genderIdentity': 'custody.field.identity.genderIdentity',
  'identity.dateOfBirth': 'custody.field.identity.dateOfBirth',
  'identity.estimatedAgeYears': 'custody.field.identity.estimatedAgeYears',
  'identity.placeOfBirth': 'custody.field.identity.placeOfBirth',
  'identity.nationality': 'custody.field.identity.nationality',
  'identity.isForeignNational': 'custody.field.identity.isForeignNational',
  'identity.powerDependedOn': 'custody.field.identity.powerDependedOn',
  'identity.fatherFirstName': 'custody.field.identity.fatherFirstName',
  'identity.motherName': 'custody.field.identity.motherName',
  'identity.lastResidence': 'custody.field.identity.lastResidence',
  'identity.distinguishingMarks': 'custody.field.identity.distinguishingMarks',
  'identity.militaryRank': 'custody.field.identity.militaryRank',
  'identity.serviceNumber': 'custody.field.identity.serviceNumber',
  'identity.documents': 'custody.field.identity.documents',
  'identity.languages': 'custody.field.identity.languages',
  'identity.interpreterNeeded': 'custody.field.identity.interpreterNeeded',
  'status.legalCategory': 'custody.field.status.legalCategory',
  'status.legalRegime': 'custody.field.status.legalRegime',
  'arrest.at': 'custody.field.arrest.at',
  'arrest.place': 'custody.field.arrest.place',
  'arrest.authority': 'custody.field.arrest.authority',
  'arrest.unit': 'custody.field.arrest.unit',
  'arrest.officials': 'custody.field.arrest.officials',
  'arrest.partnerForce': 'custody.field.arrest.partnerForce',
  'arrest.reasons': 'custody.field.arrest.reasons',
  'arrest.reasonsToldAt': 'custody.field.arrest.reasonsToldAt',
  'legalBasis.orderingAuthority': 'custody.field.legalBasis.orderingAuthority',
  'legalBasis.grounds': 'custody.field.legalBasis.grounds',
  'legalBasis.orderReference': 'custody.field.legalBasis.orderReference',
  'legalBasis.orderDate': 'custody.field.legalBasis.orderDate',
  'legalBasis.supervisingAuthority': 'custody.field.legalBasis.supervisingAuthority',
  'admission.place': 'custody.field.admission.place',
  'admission.responsibleAuthority': 'custody.field.admission.responsibleAuthority',
  'admission.at': 'custody.field.admission.at',
  'admission.escortingAuthority': 'custody.field.admission.escortingAuthority',
  'admission.placeOfOrigin': 'custody.field.admission.placeOfOrigin',
  'admission.rightsInformation': 'custody.field.admission.rightsInformation',
  'admission.placement': 'custody.field.admission.placement',
  'admission.separation': 'custody.field.admission.separation',
  'health.examination': 'custody.field.health.examination',
  'health.visibleInjuries': 'custody.field.health.visibleInjuries',
  'health.priorIllTreatment': 'custody.field.health.priorIllTreatment',
  'health.conditions': 'custody.field.health.conditions',
  'health.dependence': 'custody.field.health.dependence',
  'health.vulnerabilities': 'custody.field.health.vulnerabilities',
  'health.reproductiveHealth': 'custody.field.health.reproductiveHealth',
  'health.tortureReferral': 'custody.field.health.tortureReferral',
  'property.inventory': 'custody.field.property.inventory',
  'property.receiptNumber': 'custody.field.property.receiptNumber',
  'property.storageLocation': 'custody.field.property.storageLocation',
  'family.members': 'custody.field.family.members',
  'family.children': 'custody.field.family.children',
  'family.nextOfKin': 'custody.field.family.nextOfKin',
  'family.personToInform': 'custody.field.family.personToInform',
  'family.correspondenceAddress': 'custody.field.family.correspondenceAddress',
  'family.consentToNotify': 'custody.field.family.consentToNotify',
  'family.doNotNotify': 'custody.field.family.doNotNotify',
  'family.healthInfoRecipients': 'custody.field.family.healthInfoRecipients',
};

const CONTACT_PARTS = (field: string): Record<string, TranslationKey> => ({
  [`${field}.name`]: 'custody.part.personName',
  [`${field}.relationship`]: 'custody.part.relationship',
  [`${field}.address`]: 'custody.part.address',
  [`${field}.phone`]: 'custody.part.phone',
});

const FINDING_PARTS = (field: string): Record<string, TranslationKey> => ({
  [`${field}.present`]: 'custody.part.findingPresent',
  [`${field}.description`]: 'custody.part.findingDescription',
});

/** Members of structured admission fields, by path without list indices. */
export const PART_KEYS: Readonly<Record<string, TranslationKey>> = {
  'registerNumber.prefix': 'custody.field.registerNumber',
  'registerNumber.number': 'custody.field.registerNumber',
  'identity.documents.kind': 'custody.part.documentKind',
  'identity.documents.number': 'custody.part.documentNumber',
  'identity.documents.heldBy': 'custody.part.documentHeldBy',
  'identity.documents.receiptNumber': 'custody.part.receiptNumber',
  'admission.rightsInformation.at': 'custody.part.rightsAt',
  'admission.rightsInformation.language': 'custody.part.rightsLanguage',
  'admission.rightsInformation.format': 'custody.part.rightsFormat',
  'admission.separation.quarters': 'custody.part.quarters',
  'admission.separation.ageGroup': 'custody.part.ageGroup',
  'admission.separation.statusGroup': 'custody.part.statusGroup',
  'health.examination.at': 'custody.part.examinedAt',
  'health.examination.examiner': 'custody.part.examiner',
  ...FINDING_PARTS('health.visibleInjuries'),
  ...FINDING_PARTS('health.priorIllTreatment'),
  'health.tortureReferral.at': 'custody.part.referralAt',
  'health.tortureReferral.authority': 'custody.part.referralAuthority',
  'health.tortureReferral.reference': 'custody.part.referralReference',
  'property.inventory.description': 'custody.part.itemDescription',
  'property.inventory.quantity': 'custody.part.itemQuantity',
  'family.members.name': 'custody.part.personName',
  'family.members.relationship': 'custody.part.relationship',
  'family.children.name': 'custody.part.personName',
  'family.children.ageYears': 'custody.part.childAge',
  'family.children.location': 'custody.part.childLocation',
  'family.children.carer': 'custody.part.childCarer',
  ...CONTACT_PARTS('family.nextOfKin'),
  ...CONTACT_PARTS('family.personToInform'),
};

/** Fields of the event envelope and of corrections, voids and confirmations that problems name. */
export const ENVELOPE_KEYS: Readonly<Record<string, TranslationKey>> = {
  occurredAt: 'custody.envelope.occurredAt',
  type: 'custody.envelope.type',
  subject: 'custody.envelope.subject',
  targetEventId: 'custody.envelope.targetEventId',
  path: 'custody.envelope.path',
  from: 'custody.envelope.from',
  to: 'custody.envelope.to',
  reason: 'custody.envelope.reason',
  author: 'custody.envelope.author',
};

/** The notes standards carry (standards/refs.ts), by their English text. */
export const STANDARD_NOTE_KEYS: Readonly<Record<string, TranslationKey>> = {
  'NIAC meeting the AP II threshold': 'custody.note.apII',
  'apply by analogy in NIAC': 'custody.note.analogyNiac',
  'authoritative interpretation of ICCPR art. 9': 'custody.note.gc35',
  'customary IHL per the ICRC study (IAC and NIAC)': 'custody.note.customary',
  'international armed conflict': 'custody.note.iac',
  'not a source requirement': 'custody.note.design',
  'partnered context': 'custody.note.partnered',
  'treaty-body reading of ICCPR art. 9(3)': 'custody.note.treatyBody',
};

/** The label key of a field path: an admission field, a member of one, or an envelope field. */
export function fieldKeyOf(path: string): TranslationKey | undefined {
  const bare = path
    .split('.')
    .filter((segment) => segment !== 'value' && segment !== 'unknown' && !/^\d+$/.test(segment))
    .join('.');
  for (const table of [FIELD_KEYS, PART_KEYS, ENVELOPE_KEYS]) {
    if (Object.hasOwn(table, bare)) return table[bare];
  }
  return undefined;
}
