/**
 * Every admission field of domain.md §1.2 with its row, sensitivity, when it is required
 * (a required field left `unknown` is a gap on the record, never a reason to refuse an
 * urgent admission) and its sources. Field ids are payload paths of `custody.admitted`.
 */
import type { StandardRef } from './refs';
import { binding, CUSTOMARY, DESIGN, IAC, recommendation, standard, U } from './refs';

/** Sensitivity per domain.md §1.2: H sensitive, M identifying, L administrative. */
export type Sensitivity = 'H' | 'M' | 'L';
/** For whom a field is required: everyone, IAC protected persons, POWs, internees, women, or nobody. */
export type RequiredFor = 'all' | 'iac' | 'pow' | 'internee' | 'women' | 'none';

/** One admission field. */
export type AdmissionField = {
  readonly id: string;
  /** Row of domain.md §1.2. */
  readonly row: number;
  readonly sensitivity: Sensitivity;
  readonly requiredFor: RequiredFor;
  /** Another field whose value makes this one not a gap (an estimated age for a birth date). */
  readonly satisfiedBy?: string;
  readonly sources: readonly StandardRef[];
};

function field(
  id: string,
  row: number,
  sensitivity: Sensitivity,
  requiredFor: RequiredFor,
  sources: readonly StandardRef[],
  satisfiedBy?: string,
): AdmissionField {
  return Object.freeze({ id, row, sensitivity, requiredFor, sources, ...(satisfiedBy ? { satisfiedBy } : {}) });
}

const CED = (item: string) => binding(`ICPPED art. ${item}`);
const SMR = (rule: string, verify = false) => standard(`Mandela Rule ${rule}`, verify ? U : {});
const BOP = (principle: string, verify = false) => standard(`Body of Principles ${principle}`, verify ? U : {});
const GC3 = (article: string) => binding(`GCIII art. ${article}`, IAC);
const GC4 = (article: string) => binding(`GCIV art. ${article}`, IAC);
const JDL = (rule: string) => standard(`Havana/JDL rule ${rule}`);
const BKK = (rule: string) => standard(`Bangkok Rule ${rule}`);
const CIHL = (rule: string) => binding(`CIHL Rule ${rule}`, CUSTOMARY);

const NAMES = [CED('17(3)(a)'), SMR('7(a)'), GC3('17, 122'), GC4('138'), JDL('21(a)')];
const BIRTH = [GC3('122'), GC4('138'), standard('Havana/JDL (juvenile < 18)'), CIHL('120')];
const ARREST_TIME = [CED('17(3)(b)'), SMR('7(b)'), BOP('12(1)(b)')];
const ARRESTING = [CED('17(3)(b)'), BOP('12(1)(c)'), recommendation('Habeas design suggestion [D]', { note: 'partnered context' })];
const REASONS = [BOP('12(1)(a)'), BOP('10'), SMR('7(b)')];
const ORDER = [CED('17(3)(c), 18(1)(a)'), SMR('7(b)')];
const CONTACTS = [SMR('7(g)'), GC3('122'), GC4('138')];
const PROPERTY = [SMR('7(e)'), GC4('97'), SMR('67', true)];
const SEPARATION = [SMR('11'), CIHL('119'), CIHL('120'), binding('AP II art. 5(2)(a)', { note: 'NIAC meeting the AP II threshold' })];
const HEALTH_STATE = [CED('17(3)(f), 18(1)(f)'), JDL('21(e)'), BKK('6')];

/** The admission fields, in form order. */
export const ADMISSION_FIELDS: readonly AdmissionField[] = [
  field('registerNumber', 1, 'L', 'all', [SMR('6', true), recommendation('APT-DFD (chronological, no gaps)'), DESIGN]),
  field('identity.familyName', 3, 'M', 'all', NAMES),
  field('identity.givenNames', 3, 'M', 'all', NAMES),
  field('identity.familyNameLatin', 3, 'M', 'none', [...NAMES, DESIGN]),
  field('identity.givenNamesLatin', 3, 'M', 'none', [...NAMES, DESIGN]),
  field('identity.aliases', 3, 'M', 'none', NAMES),
  field('identity.sex', 4, 'H', 'all', [SMR('11'), CIHL('119')]),
  field('identity.genderIdentity', 4, 'H', 'all', [SMR('7(a)')]),
  field('identity.dateOfBirth', 5, 'M', 'all', BIRTH, 'identity.estimatedAgeYears'),
  field('identity.estimatedAgeYears', 5, 'M', 'none', BIRTH),
  field('identity.placeOfBirth', 5, 'M', 'iac', BIRTH),
  field('identity.nationality', 6, 'M', 'all', [GC4('138'), GC3('122'), BOP('16(2)')]),
  field('identity.isForeignNational', 6, 'M', 'all', [BOP('16(2)')]),
  field('identity.powerDependedOn', 6, 'M', 'pow', [GC3('122')]),
  field('identity.fatherFirstName', 7, 'M', 'iac', [GC3('122'), GC4('138')]),
  field('identity.motherName', 7, 'M', 'iac', [GC3('122'), GC4('138')]),
  field('identity.lastResidence', 8, 'M', 'internee', [GC4('138')]),
  field('identity.distinguishingMarks', 9, 'M', 'internee', [GC4('138')]),
  field('identity.militaryRank', 10, 'M', 'pow', [GC3('17, 122')]),
  field('identity.serviceNumber', 10, 'M', 'pow', [GC3('17, 122')]),
  field('identity.documents', 11, 'M', 'none', [GC4('97')]),
  field('identity.languages', 12, 'L', 'none', [GC3('17'), BKK('2(1)'), SMR('55', true)]),
  field('identity.interpreterNeeded', 12, 'L', 'none', [GC3('17'), BKK('2(1)'), SMR('55', true)]),
  field('status.legalCategory', 13, 'M', 'all', [SMR('11'), CIHL('chapter 37 (scope)'), DESIGN]),
  field('status.legalRegime', 13, 'M', 'all', [SMR('11'), DESIGN]),
  field('arrest.at', 14, 'M', 'all', ARREST_TIME),
  field('arrest.place', 14, 'M', 'all', ARREST_TIME),
  field('arrest.authority', 15, 'M', 'all', ARRESTING),
  field('arrest.unit', 15, 'M', 'none', ARRESTING),
  field('arrest.officials', 15, 'M', 'none', ARRESTING),
  field('arrest.partnerForce', 15, 'M', 'none', ARRESTING),
  field('arrest.reasons', 16, 'H', 'all', REASONS),
  field('arrest.reasonsToldAt', 16, 'H', 'none', REASONS),
  field('legalBasis.orderingAuthority', 17, 'M', 'all', ORDER),
  field('legalBasis.grounds', 17, 'M', 'all', ORDER),
  field('legalBasis.orderReference', 18, 'M', 'all', [SMR('7 (chapeau)'), JDL('20')]),
  field('legalBasis.orderDate', 18, 'M', 'none', [SMR('7 (chapeau)'), JDL('20')]),
  field('legalBasis.supervisingAuthority', 19, 'L', 'all', [CED('17(3)(d), 18(1)(c)')]),
  field('admission.place', 21, 'L', 'all', [CED('17(3)(e)'), BOP('12(1)(d)')]),
  field('admission.responsibleAuthority', 21, 'L', 'all', [CED('17(3)(e)'), BOP('12(1)(d)')]),
  field('admission.at', 22, 'L', 'all', [CED('17(3)(e), 18(1)(b)'), SMR('7(c)'), JDL('21(c)')]),
  field('admission.escortingAuthority', 23, 'L', 'none', [recommendation('APT-DFD "files and records"')]),
  field('admission.placeOfOrigin', 23, 'L', 'none', [recommendation('APT-DFD "files and records"')]),
  field('admission.rightsInformation', 24, 'L', 'none', [BKK('2(1)'), SMR('54–55', true), BOP('13', true)]),
  field('admission.placement', 25, 'L', 'none', SEPARATION),
  field('admission.separation', 25, 'L', 'all', SEPARATION),
  field('health.examination', 26, 'H', 'none', [BOP('24'), SMR('30', true), standard('Havana/JDL (exam on arrival)')]),
  field('health.visibleInjuries', 27, 'H', 'all', [SMR('7(d)')]),
  field('health.priorIllTreatment', 28, 'H', 'all', [SMR('7(d)'), BKK('6(e), 7')]),
  field('health.conditions', 29, 'H', 'all', HEALTH_STATE),
  field('health.dependence', 29, 'H', 'none', HEALTH_STATE),
  field('health.vulnerabilities', 29, 'H', 'none', HEALTH_STATE),
  field('health.reproductiveHealth', 30, 'H', 'women', [BKK('6, 8')]),
  field('health.tortureReferral', 31, 'H', 'none', [SMR('71(2)'), SMR('34', true)]),
  field('property.inventory', 32, 'M', 'all', PROPERTY),
  field('property.receiptNumber', 32, 'M', 'none', PROPERTY),
  field('property.storageLocation', 32, 'M', 'none', PROPERTY),
  field('family.members', 33, 'H', 'all', [SMR('7(f)'), BKK('3(1)')]),
  field('family.children', 33, 'H', 'all', [SMR('7(f)'), BKK('3(1)')]),
  field('family.nextOfKin', 34, 'M', 'all', CONTACTS),
  field('family.personToInform', 34, 'M', 'iac', CONTACTS),
  field('family.correspondenceAddress', 34, 'M', 'iac', CONTACTS),
  field('family.consentToNotify', 35, 'M', 'none', [BOP('16(1), 16(4)'), SMR('68'), JDL('21(d), 22')]),
  field('family.doNotNotify', 36, 'M', 'none', [SMR('69')]),
  field('family.healthInfoRecipients', 36, 'M', 'none', [SMR('69')]),
];

/** Admission fields by id. */
export const ADMISSION_FIELDS_BY_ID: ReadonlyMap<string, AdmissionField> = new Map(
  ADMISSION_FIELDS.map((entry) => [entry.id, entry]),
);
