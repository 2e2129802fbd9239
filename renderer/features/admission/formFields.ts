/**
 * The admission form: its steps and every field of domain.md §1.2 that admission records,
 * with the kind of input each takes. Field ids are `custody.admitted` payload paths
 * (shared/custody/standards/admissionFields.ts), so labels, sources, gaps and validation
 * problems all meet on the same id.
 */

/** The steps of the form, in order; the last one reviews gaps and admits. */
export const STEPS = ['identity', 'status', 'arrest', 'legalBasis', 'admission', 'health', 'property', 'family', 'review'] as const;
export type StepId = (typeof STEPS)[number];
/** A step that holds fields. */
export type SectionId = Exclude<StepId, 'review'>;
export const SECTIONS = STEPS.filter((step): step is SectionId => step !== 'review');

/** Repeatable groups: each row holds the parts named here. */
export const LIST_PARTS = {
  'identity.aliases': ['name'],
  'identity.documents': ['kind', 'number', 'heldBy', 'receiptNumber'],
  'property.inventory': ['description', 'quantity'],
  'family.members': ['name', 'relationship'],
  'family.children': ['name', 'ageYears', 'location', 'carer'],
} as const;
export type ListId = keyof typeof LIST_PARTS;
export const LIST_IDS = Object.keys(LIST_PARTS) as ListId[];

/** How a field is entered. */
export type FieldKind =
  | 'text'
  | 'longText'
  | 'choice'
  | 'yesNo'
  | 'integer'
  | 'partialDate'
  | 'date'
  | 'dateTime'
  | 'textList'
  | 'list'
  | 'group';

/** Who a field is asked of; others get it recorded as not applicable (or unknown when who they are is unknown). */
export type ShownFor = 'pow' | 'women';

export type FormField = {
  readonly id: string;
  readonly step: SectionId;
  readonly kind: FieldKind;
  /** Inputs under the field's id (`<id>.<part>`) that together give its value. */
  readonly parts: readonly string[];
  /** A plain payload field: it must hold a value, it has no unknown choice. */
  readonly isPlain?: boolean;
  readonly shownFor?: ShownFor;
};

const DATE_TIME = ['date', 'time'];

function spec(id: string, step: SectionId, kind: FieldKind, extra: Partial<Omit<FormField, 'id' | 'step' | 'kind'>> = {}): FormField {
  const parts = kind === 'dateTime' ? DATE_TIME : kind === 'partialDate' ? ['year', 'month', 'day'] : [];
  return { id, step, kind, parts, ...extra };
}

/** Every admission field, in the order the form shows them. */
export const FORM_FIELDS: readonly FormField[] = [
  spec('identity.familyName', 'identity', 'text'),
  spec('identity.givenNames', 'identity', 'text'),
  spec('identity.familyNameLatin', 'identity', 'text'),
  spec('identity.givenNamesLatin', 'identity', 'text'),
  spec('identity.aliases', 'identity', 'list'),
  spec('identity.fatherFirstName', 'identity', 'text'),
  spec('identity.motherName', 'identity', 'text'),
  spec('identity.sex', 'identity', 'choice'),
  spec('identity.genderIdentity', 'identity', 'choice'),
  spec('identity.dateOfBirth', 'identity', 'partialDate'),
  spec('identity.estimatedAgeYears', 'identity', 'integer'),
  spec('identity.placeOfBirth', 'identity', 'text'),
  spec('identity.nationality', 'identity', 'textList'),
  spec('identity.isForeignNational', 'identity', 'yesNo'),
  spec('identity.lastResidence', 'identity', 'longText'),
  spec('identity.languages', 'identity', 'textList'),
  spec('identity.interpreterNeeded', 'identity', 'yesNo'),
  spec('identity.distinguishingMarks', 'identity', 'longText'),
  spec('identity.documents', 'identity', 'list'),
  spec('status.legalCategory', 'status', 'choice'),
  spec('status.legalRegime', 'status', 'choice', { isPlain: true }),
  spec('identity.militaryRank', 'status', 'text', { shownFor: 'pow' }),
  spec('identity.serviceNumber', 'status', 'text', { shownFor: 'pow' }),
  spec('identity.powerDependedOn', 'status', 'text', { shownFor: 'pow' }),
  spec('arrest.at', 'arrest', 'dateTime'),
  spec('arrest.place', 'arrest', 'text'),
  spec('arrest.authority', 'arrest', 'text'),
  spec('arrest.unit', 'arrest', 'text'),
  spec('arrest.partnerForce', 'arrest', 'text'),
  spec('arrest.officials', 'arrest', 'longText'),
  spec('arrest.reasons', 'arrest', 'longText'),
  spec('arrest.reasonsToldAt', 'arrest', 'dateTime'),
  spec('legalBasis.orderingAuthority', 'legalBasis', 'text'),
  spec('legalBasis.grounds', 'legalBasis', 'longText'),
  spec('legalBasis.orderReference', 'legalBasis', 'text'),
  spec('legalBasis.orderDate', 'legalBasis', 'date'),
  spec('legalBasis.supervisingAuthority', 'legalBasis', 'text'),
  spec('admission.at', 'admission', 'dateTime', { isPlain: true }),
  spec('admission.place', 'admission', 'text', { isPlain: true }),
  spec('admission.responsibleAuthority', 'admission', 'text', { isPlain: true }),
  spec('admission.escortingAuthority', 'admission', 'text'),
  spec('admission.placeOfOrigin', 'admission', 'text'),
  spec('admission.rightsInformation', 'admission', 'group', { parts: ['at.date', 'at.time', 'language', 'format'] }),
  spec('admission.placement', 'admission', 'text'),
  spec('admission.separation', 'admission', 'group', { parts: ['quarters', 'ageGroup', 'statusGroup'] }),
  spec('health.examination', 'health', 'group', { parts: ['at.date', 'at.time', 'examiner'] }),
  spec('health.visibleInjuries', 'health', 'group', { parts: ['present', 'description'] }),
  spec('health.priorIllTreatment', 'health', 'group', { parts: ['present', 'description'] }),
  spec('health.conditions', 'health', 'longText'),
  spec('health.dependence', 'health', 'longText'),
  spec('health.vulnerabilities', 'health', 'textList'),
  spec('health.reproductiveHealth', 'health', 'longText', { shownFor: 'women' }),
  spec('health.tortureReferral', 'health', 'group', { parts: ['at.date', 'at.time', 'authority', 'reference'] }),
  spec('property.inventory', 'property', 'list'),
  spec('property.receiptNumber', 'property', 'text'),
  spec('property.storageLocation', 'property', 'text'),
  spec('family.members', 'family', 'list'),
  spec('family.children', 'family', 'list'),
  spec('family.nextOfKin', 'family', 'group', { parts: ['name', 'relationship', 'address', 'phone'] }),
  spec('family.personToInform', 'family', 'group', { parts: ['name', 'relationship', 'address', 'phone'] }),
  spec('family.correspondenceAddress', 'family', 'longText'),
  spec('family.consentToNotify', 'family', 'yesNo'),
  spec('family.doNotNotify', 'family', 'longText'),
  spec('family.healthInfoRecipients', 'family', 'longText'),
];

export const FORM_FIELDS_BY_ID: ReadonlyMap<string, FormField> = new Map(FORM_FIELDS.map((field) => [field.id, field]));

function fieldIndexOf(path: string): number {
  const target = path === 'occurredAt' ? 'admission.at' : path;
  return FORM_FIELDS.findIndex((candidate) => target === candidate.id || target.startsWith(`${candidate.id}.`));
}

/** The step showing a payload path (or `occurredAt`, which is the admission time); review for anything else. */
export function stepOfPath(path: string): StepId {
  return FORM_FIELDS[fieldIndexOf(path)]?.step ?? 'review';
}

/** The form field an input path belongs to (`health.examination.at.date` → `health.examination`). */
export function fieldIdOf(path: string): string {
  return FORM_FIELDS[fieldIndexOf(path)]?.id ?? path;
}

/** Where a path comes in the form, for listing problems in the order the fields are shown. */
export function formOrderOf(path: string): number {
  const index = fieldIndexOf(path);
  return index === -1 ? FORM_FIELDS.length : index;
}
