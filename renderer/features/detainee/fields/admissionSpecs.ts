/**
 * The admission payload as descriptors, section by section, so the detainee page can show
 * the register entry and correct any of its fields (filling a gap is a correction). Labels
 * come from custody common, which names admission fields and their members by path.
 */
import { AGE_GROUPS, GENDER_IDENTITIES, LEGAL_CATEGORIES, QUARTERS, SEXES, STATUS_GROUPS } from '@shared/custody/events/common';
import { LEGAL_REGIMES } from '@shared/ledger/coreEventTypes';
import type { TranslationKey } from '../../../i18n/translationKey';
import { vocabularyChoice } from './choices';
import type { FieldSpec, InputKind } from './fieldTypes';
import { BOOLEAN, group, INSTANT, LONG, must, TEXT } from './specHelpers';

/** A section of the admission payload. */
export type AdmissionSection = { readonly id: 'identity' | 'status' | 'arrest' | 'legalBasis' | 'admission' | 'health' | 'property' | 'family'; readonly fields: readonly FieldSpec[] };

/** A member labelled by custody common from its path; a Known unless told otherwise. */
function entry(name: string, input: InputKind, isKnown = true): FieldSpec {
  return isKnown ? { name, input, known: true } : { name, input };
}

const textList = (itemLabel: TranslationKey): InputKind => ({ kind: 'list', item: TEXT, itemLabel });
const objectList = (itemLabel: TranslationKey, fields: readonly FieldSpec[]): InputKind => ({ kind: 'list', item: group(fields), itemLabel });

/** Separation by sex, age and legal status. */
const SEPARATION: InputKind = group([
  entry('quarters', vocabularyChoice(QUARTERS, 'quarters'), false),
  entry('ageGroup', vocabularyChoice(AGE_GROUPS, 'ageGroup'), false),
  entry('statusGroup', vocabularyChoice(STATUS_GROUPS, 'statusGroup'), false),
]);

const contact = group([entry('name', TEXT, false), entry('relationship', TEXT), entry('address', LONG), entry('phone', TEXT)]);
const finding = group([entry('present', BOOLEAN, false), { name: 'description', input: LONG, optional: true }]);

const IDENTITY: readonly FieldSpec[] = [
  entry('familyName', TEXT),
  entry('givenNames', TEXT),
  entry('familyNameLatin', TEXT),
  entry('givenNamesLatin', TEXT),
  entry('aliases', textList('detainee.list.alias')),
  entry('fatherFirstName', TEXT),
  entry('motherName', TEXT),
  entry('sex', vocabularyChoice(SEXES, 'sex')),
  entry('genderIdentity', vocabularyChoice(GENDER_IDENTITIES, 'genderIdentity')),
  entry('dateOfBirth', { kind: 'partialDate' }),
  entry('estimatedAgeYears', { kind: 'number', min: 0, max: 120 }),
  entry('placeOfBirth', TEXT),
  entry('nationality', textList('detainee.list.nationality')),
  entry('isForeignNational', BOOLEAN),
  entry('lastResidence', LONG),
  entry('languages', textList('detainee.list.language')),
  entry('interpreterNeeded', BOOLEAN),
  entry('distinguishingMarks', LONG),
  entry(
    'documents',
    objectList('detainee.list.document', [
      entry('kind', TEXT, false),
      entry('number', TEXT),
      entry('heldBy', vocabularyChoice(['detainee', 'facility'], 'documentHeldBy'), false),
      entry('receiptNumber', TEXT),
    ]),
  ),
  entry('militaryRank', TEXT),
  entry('serviceNumber', TEXT),
  entry('powerDependedOn', TEXT),
];

const HEALTH: readonly FieldSpec[] = [
  entry('examination', group([entry('at', INSTANT, false), entry('examiner', TEXT, false)])),
  entry('visibleInjuries', finding),
  entry('priorIllTreatment', finding),
  entry('conditions', LONG),
  entry('dependence', LONG),
  entry('vulnerabilities', textList('detainee.list.vulnerability')),
  entry('reproductiveHealth', LONG),
  entry('tortureReferral', group([entry('at', INSTANT, false), entry('authority', TEXT, false), entry('reference', TEXT)])),
];

const FAMILY: readonly FieldSpec[] = [
  entry('members', objectList('detainee.list.familyMember', [entry('name', TEXT, false), entry('relationship', TEXT, false)])),
  entry(
    'children',
    objectList('detainee.list.child', [
      entry('name', TEXT),
      entry('ageYears', { kind: 'number', min: 0, max: 30 }),
      entry('location', TEXT),
      entry('carer', TEXT),
    ]),
  ),
  entry('nextOfKin', contact),
  entry('personToInform', contact),
  entry('correspondenceAddress', LONG),
  entry('consentToNotify', BOOLEAN),
  entry('doNotNotify', LONG),
  entry('healthInfoRecipients', LONG),
];

/** The register number: a field of its own (the header shows it), corrected whole. */
export const REGISTER_NUMBER_SPEC: FieldSpec = {
  name: 'registerNumber',
  input: group([
    must('prefix', 'detainee.fields.registerPrefix', TEXT),
    must('number', 'detainee.fields.registerSequence', { kind: 'number', min: 1, max: 99_999_999 }),
  ]),
};

/** The sections of the admission payload after the register number, in form order. */
export const ADMISSION_SECTIONS: readonly AdmissionSection[] = [
  { id: 'identity', fields: IDENTITY },
  {
    id: 'status',
    fields: [entry('legalCategory', vocabularyChoice(LEGAL_CATEGORIES, 'legalCategory')), entry('legalRegime', vocabularyChoice(LEGAL_REGIMES, 'legalRegime'), false)],
  },
  {
    id: 'arrest',
    fields: [
      entry('at', INSTANT),
      entry('place', TEXT),
      entry('authority', TEXT),
      entry('unit', TEXT),
      entry('officials', LONG),
      entry('partnerForce', TEXT),
      entry('reasons', LONG),
      entry('reasonsToldAt', INSTANT),
    ],
  },
  {
    id: 'legalBasis',
    fields: [
      entry('orderingAuthority', TEXT),
      entry('grounds', LONG),
      entry('orderReference', TEXT),
      entry('orderDate', { kind: 'date' }),
      entry('supervisingAuthority', TEXT),
    ],
  },
  {
    id: 'admission',
    fields: [
      entry('at', INSTANT, false),
      entry('place', TEXT, false),
      entry('responsibleAuthority', TEXT, false),
      entry('escortingAuthority', TEXT),
      entry('placeOfOrigin', TEXT),
      entry('rightsInformation', group([entry('at', INSTANT, false), entry('language', TEXT, false), entry('format', TEXT, false)])),
      entry('placement', TEXT),
      entry('separation', SEPARATION),
    ],
  },
  { id: 'health', fields: HEALTH },
  {
    id: 'property',
    fields: [
      entry('inventory', objectList('detainee.list.propertyItem', [entry('description', TEXT, false), entry('quantity', { kind: 'number', min: 1, max: 1_000_000 }, false)])),
      entry('receiptNumber', TEXT),
      entry('storageLocation', TEXT),
    ],
  },
  { id: 'family', fields: FAMILY },
];

/** The descriptor of an admission field by its id (a payload path such as `identity.familyName`). */
export function admissionFieldSpec(fieldId: string): FieldSpec | undefined {
  if (fieldId === REGISTER_NUMBER_SPEC.name) return REGISTER_NUMBER_SPEC;
  const [sectionId, member, ...rest] = fieldId.split('.');
  if (rest.length > 0) return undefined;
  return ADMISSION_SECTIONS.find((section) => section.id === sectionId)?.fields.find((spec) => spec.name === member);
}
