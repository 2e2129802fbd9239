/**
 * From the draft to the admission input `admitDetainee` takes (everything but the register
 * number). Always gives a complete input, with unknown wherever nothing usable was typed,
 * so gaps can be previewed; the admission may be written only when `problems` is empty.
 */
import type { Known } from '@shared/custody/known';
import { MAX_AGE_YEARS } from '@shared/custody/events/admission';
import { AGE_GROUPS, GENDER_IDENTITIES, LEGAL_CATEGORIES, LONG_TEXT_MAX_CHARS, QUARTERS, SEXES, STATUS_GROUPS } from '@shared/custody/events/common';
import type { LegalRegime } from '@shared/custody/events/common';
import { LEGAL_REGIMES } from '@shared/ledger/coreEventTypes';
import type { AdmissionInput } from '../../custody';
import type { AdmissionDraft } from './admissionDraft';
import { knownCalendarDate, knownPartialDate } from './dateReaders';
import type { RowPlaces } from './groupReaders';
import { allRead, knownContact, knownFinding, knownGroup, knownRows, requiredChoice, requiredInstant, requiredText } from './groupReaders';
import type { PersonFacts } from './person';
import { draftReader, personFacts } from './person';
import type { DraftReader, FormProblem } from './readers';
import { knownChoice, knownInstant, knownInteger, knownLongText, knownText, knownTextList, knownYesNo, plainInstant, plainText, readChoice, readInteger } from './readers';

export type BuiltAdmission = { readonly input: AdmissionInput; readonly problems: readonly FormProblem[]; readonly places: RowPlaces };

/** A field asked only of some people: read when shown, else not applicable (unknown while who they are is unknown). */
function askedIf<T>(shown: boolean | undefined, read: () => Known<T>): Known<T> {
  if (shown === true) return read();
  return shown === false ? { unknown: 'not_applicable' } : { unknown: 'unknown' };
}

function namesOf(reader: DraftReader) {
  return {
    familyName: knownText(reader, 'identity.familyName'),
    givenNames: knownText(reader, 'identity.givenNames'),
    familyNameLatin: knownText(reader, 'identity.familyNameLatin'),
    givenNamesLatin: knownText(reader, 'identity.givenNamesLatin'),
    fatherFirstName: knownText(reader, 'identity.fatherFirstName'),
    motherName: knownText(reader, 'identity.motherName'),
  };
}

function documentsOf(reader: DraftReader, draft: AdmissionDraft, places: RowPlaces) {
  return knownRows(reader, 'identity.documents', draft.rows['identity.documents'], places, (row) => {
    const number = knownText(row, 'number');
    const receiptNumber = knownText(row, 'receiptNumber');
    const kind = requiredText(row, 'kind');
    const heldBy = requiredChoice(row, 'heldBy', ['detainee', 'facility'] as const);
    return allRead([kind, heldBy], () => ({ kind: kind ?? '', number, heldBy: heldBy ?? 'facility', receiptNumber }));
  });
}

function identityOf(reader: DraftReader, draft: AdmissionDraft, facts: PersonFacts, places: RowPlaces): AdmissionInput['identity'] {
  return {
    ...namesOf(reader),
    aliases: knownRows(reader, 'identity.aliases', draft.rows['identity.aliases'], places, (row) => requiredText(row, 'name')),
    sex: knownChoice(reader, 'identity.sex', SEXES),
    genderIdentity: knownChoice(reader, 'identity.genderIdentity', GENDER_IDENTITIES),
    dateOfBirth: knownPartialDate(reader, 'identity.dateOfBirth'),
    estimatedAgeYears: knownInteger(reader, 'identity.estimatedAgeYears', 0, MAX_AGE_YEARS),
    placeOfBirth: knownText(reader, 'identity.placeOfBirth'),
    nationality: knownTextList(reader, 'identity.nationality'),
    isForeignNational: knownYesNo(reader, 'identity.isForeignNational'),
    lastResidence: knownLongText(reader, 'identity.lastResidence'),
    languages: knownTextList(reader, 'identity.languages'),
    interpreterNeeded: knownYesNo(reader, 'identity.interpreterNeeded'),
    distinguishingMarks: knownLongText(reader, 'identity.distinguishingMarks'),
    documents: documentsOf(reader, draft, places),
    militaryRank: askedIf(facts.isPow, () => knownText(reader, 'identity.militaryRank')),
    serviceNumber: askedIf(facts.isPow, () => knownText(reader, 'identity.serviceNumber')),
    powerDependedOn: askedIf(facts.isPow, () => knownText(reader, 'identity.powerDependedOn')),
  };
}

function statusOf(reader: DraftReader): AdmissionInput['status'] {
  const regime = readChoice(reader, 'status.legalRegime', LEGAL_REGIMES);
  if (regime === undefined) reader.report({ code: 'required', path: 'status.legalRegime' });
  const legalRegime: LegalRegime = regime ?? 'criminal';
  return { legalCategory: knownChoice(reader, 'status.legalCategory', LEGAL_CATEGORIES), legalRegime };
}

function arrestOf(reader: DraftReader): AdmissionInput['arrest'] {
  return {
    at: knownInstant(reader, 'arrest.at'),
    place: knownText(reader, 'arrest.place'),
    authority: knownText(reader, 'arrest.authority'),
    unit: knownText(reader, 'arrest.unit'),
    officials: knownLongText(reader, 'arrest.officials'),
    partnerForce: knownText(reader, 'arrest.partnerForce'),
    reasons: knownLongText(reader, 'arrest.reasons'),
    reasonsToldAt: knownInstant(reader, 'arrest.reasonsToldAt'),
  };
}

function legalBasisOf(reader: DraftReader): AdmissionInput['legalBasis'] {
  return {
    orderingAuthority: knownText(reader, 'legalBasis.orderingAuthority'),
    grounds: knownLongText(reader, 'legalBasis.grounds'),
    orderReference: knownText(reader, 'legalBasis.orderReference'),
    orderDate: knownCalendarDate(reader, 'legalBasis.orderDate'),
    supervisingAuthority: knownText(reader, 'legalBasis.supervisingAuthority'),
  };
}

function arrivalOf(reader: DraftReader): AdmissionInput['admission'] {
  return {
    at: plainInstant(reader, 'admission.at'),
    place: plainText(reader, 'admission.place'),
    responsibleAuthority: plainText(reader, 'admission.responsibleAuthority'),
    escortingAuthority: knownText(reader, 'admission.escortingAuthority'),
    placeOfOrigin: knownText(reader, 'admission.placeOfOrigin'),
    rightsInformation: knownGroup(reader, 'admission.rightsInformation', ['at.date', 'at.time', 'language', 'format'], (parts) => {
      const [at, language, format] = [requiredInstant(parts, 'at'), requiredText(parts, 'language'), requiredText(parts, 'format')];
      return allRead([at, language, format], () => ({ at: at ?? '', language: language ?? '', format: format ?? '' }));
    }),
    placement: knownText(reader, 'admission.placement'),
    separation: knownGroup(reader, 'admission.separation', ['quarters', 'ageGroup', 'statusGroup'], (parts) => {
      const quarters = requiredChoice(parts, 'quarters', QUARTERS);
      const ageGroup = requiredChoice(parts, 'ageGroup', AGE_GROUPS);
      const statusGroup = requiredChoice(parts, 'statusGroup', STATUS_GROUPS);
      return quarters && ageGroup && statusGroup ? { quarters, ageGroup, statusGroup } : undefined;
    }),
  };
}

function healthOf(reader: DraftReader, facts: PersonFacts): AdmissionInput['health'] {
  return {
    examination: knownGroup(reader, 'health.examination', ['at.date', 'at.time', 'examiner'], (parts) => {
      const [at, examiner] = [requiredInstant(parts, 'at'), requiredText(parts, 'examiner')];
      return allRead([at, examiner], () => ({ at: at ?? '', examiner: examiner ?? '' }));
    }),
    visibleInjuries: knownFinding(reader, 'health.visibleInjuries'),
    priorIllTreatment: knownFinding(reader, 'health.priorIllTreatment'),
    conditions: knownLongText(reader, 'health.conditions'),
    dependence: knownLongText(reader, 'health.dependence'),
    vulnerabilities: knownTextList(reader, 'health.vulnerabilities'),
    reproductiveHealth: askedIf(facts.isWoman, () => knownText(reader, 'health.reproductiveHealth', LONG_TEXT_MAX_CHARS)),
    tortureReferral: knownGroup(reader, 'health.tortureReferral', ['at.date', 'at.time', 'authority', 'reference'], (parts) => {
      const reference = knownText(parts, 'reference');
      const [at, authority] = [requiredInstant(parts, 'at'), requiredText(parts, 'authority')];
      return allRead([at, authority], () => ({ at: at ?? '', authority: authority ?? '', reference }));
    }),
  };
}

function propertyOf(reader: DraftReader, draft: AdmissionDraft, places: RowPlaces): AdmissionInput['property'] {
  const inventory = knownRows(reader, 'property.inventory', draft.rows['property.inventory'], places, (row) => {
    const description = requiredText(row, 'description');
    const quantity = row.get('quantity').trim() === '' ? 1 : readInteger(row, 'quantity', 1, 1_000_000);
    return allRead([description, quantity], () => ({ description: description ?? '', quantity: quantity ?? 1 }));
  });
  return { inventory, receiptNumber: knownText(reader, 'property.receiptNumber'), storageLocation: knownText(reader, 'property.storageLocation') };
}

function familyOf(reader: DraftReader, draft: AdmissionDraft, places: RowPlaces): AdmissionInput['family'] {
  return {
    members: knownRows(reader, 'family.members', draft.rows['family.members'], places, (row) => {
      const [name, relationship] = [requiredText(row, 'name'), requiredText(row, 'relationship')];
      return allRead([name, relationship], () => ({ name: name ?? '', relationship: relationship ?? '' }));
    }),
    children: knownRows(reader, 'family.children', draft.rows['family.children'], places, (row) => ({
      name: knownText(row, 'name'),
      ageYears: knownInteger(row, 'ageYears', 0, 30),
      location: knownText(row, 'location'),
      carer: knownText(row, 'carer'),
    })),
    nextOfKin: knownContact(reader, 'family.nextOfKin'),
    personToInform: knownContact(reader, 'family.personToInform'),
    correspondenceAddress: knownLongText(reader, 'family.correspondenceAddress'),
    consentToNotify: knownYesNo(reader, 'family.consentToNotify'),
    doNotNotify: knownLongText(reader, 'family.doNotNotify'),
    healthInfoRecipients: knownLongText(reader, 'family.healthInfoRecipients'),
  };
}

/** The admission input the draft gives, the problems that stop it being written, and where list items were typed. */
export function buildAdmission(draft: AdmissionDraft, timeZone: string): BuiltAdmission {
  const problems: FormProblem[] = [];
  const reader = draftReader(draft, timeZone, (problem) => {
    problems.push(problem);
  });
  const facts = personFacts(draft, timeZone);
  const places: RowPlaces = {};
  const input: AdmissionInput = {
    identity: identityOf(reader, draft, facts, places),
    status: statusOf(reader),
    arrest: arrestOf(reader),
    legalBasis: legalBasisOf(reader),
    admission: arrivalOf(reader),
    health: healthOf(reader, facts),
    property: propertyOf(reader, draft, places),
    family: familyOf(reader, draft, places),
  };
  return { input, problems, places };
}
