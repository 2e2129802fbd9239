/**
 * `custody.admitted`: the register entry, with every admission field of domain.md §1.2.
 * Each field that may lack an answer is a Known (value, or unknown / refused / not
 * applicable), so an urgent admission can be written at once and its gaps listed.
 */
import { z } from 'zod';
import { defineEventType } from '../../ledger/registry';
import { known } from '../known';
import {
  calendarDate,
  contactSchema,
  findingSchema,
  GENDER_IDENTITIES,
  instant,
  knownBoolean,
  knownInstant,
  knownLong,
  knownShort,
  LEGAL_CATEGORIES,
  legalRegime,
  listOf,
  partialDate,
  separationSchema,
  SEXES,
  shortText,
} from './common';

/** Register number prefix of an installation's series (as in the facility profile). */
export const REGISTER_PREFIX_PATTERN = /^[A-Z0-9]{1,8}$/;
/** Highest register number. */
export const MAX_REGISTER_NUMBER = 99_999_999;
/** Oldest plausible age in years. */
export const MAX_AGE_YEARS = 120;

const registerNumberSchema = z.strictObject({
  prefix: z.string().regex(REGISTER_PREFIX_PATTERN),
  number: z.number().int().min(1).max(MAX_REGISTER_NUMBER),
});

const documentSchema = z.strictObject({
  kind: shortText,
  number: knownShort,
  heldBy: z.enum(['detainee', 'facility']),
  receiptNumber: knownShort,
});

const identitySchema = z.strictObject({
  familyName: knownShort,
  givenNames: knownShort,
  familyNameLatin: knownShort,
  givenNamesLatin: knownShort,
  aliases: known(listOf(shortText)),
  fatherFirstName: knownShort,
  motherName: knownShort,
  sex: known(z.enum(SEXES)),
  genderIdentity: known(z.enum(GENDER_IDENTITIES)),
  dateOfBirth: known(partialDate),
  estimatedAgeYears: known(z.number().int().min(0).max(MAX_AGE_YEARS)),
  placeOfBirth: knownShort,
  nationality: known(listOf(shortText).min(1)),
  isForeignNational: knownBoolean,
  lastResidence: knownLong,
  languages: known(listOf(shortText).min(1)),
  interpreterNeeded: knownBoolean,
  distinguishingMarks: knownLong,
  documents: known(listOf(documentSchema)),
  militaryRank: knownShort,
  serviceNumber: knownShort,
  powerDependedOn: knownShort,
});

const statusSchema = z.strictObject({ legalCategory: known(z.enum(LEGAL_CATEGORIES)), legalRegime });

const arrestSchema = z.strictObject({
  at: knownInstant,
  place: knownShort,
  authority: knownShort,
  unit: knownShort,
  officials: knownLong,
  partnerForce: knownShort,
  reasons: knownLong,
  reasonsToldAt: knownInstant,
});

const legalBasisSchema = z.strictObject({
  orderingAuthority: knownShort,
  grounds: knownLong,
  orderReference: knownShort,
  orderDate: known(calendarDate),
  supervisingAuthority: knownShort,
});

const rightsInformationSchema = z.strictObject({ at: instant, language: shortText, format: shortText });

const admissionSchema = z.strictObject({
  at: instant,
  place: shortText,
  responsibleAuthority: shortText,
  escortingAuthority: knownShort,
  placeOfOrigin: knownShort,
  rightsInformation: known(rightsInformationSchema),
  placement: knownShort,
  separation: known(separationSchema),
});

const examinationSchema = z.strictObject({ at: instant, examiner: shortText });
const referralSchema = z.strictObject({ at: instant, authority: shortText, reference: knownShort });

const healthSchema = z.strictObject({
  examination: known(examinationSchema),
  visibleInjuries: known(findingSchema),
  priorIllTreatment: known(findingSchema),
  conditions: knownLong,
  dependence: knownLong,
  vulnerabilities: known(listOf(shortText)),
  reproductiveHealth: knownLong,
  tortureReferral: known(referralSchema),
});

const propertyItemSchema = z.strictObject({ description: shortText, quantity: z.number().int().min(1).max(1_000_000) });

const propertySchema = z.strictObject({
  inventory: known(listOf(propertyItemSchema)),
  receiptNumber: knownShort,
  storageLocation: knownShort,
});

const childSchema = z.strictObject({
  name: knownShort,
  ageYears: known(z.number().int().min(0).max(30)),
  location: knownShort,
  carer: knownShort,
});

const familySchema = z.strictObject({
  members: known(listOf(z.strictObject({ name: shortText, relationship: shortText }))),
  children: known(listOf(childSchema)),
  nextOfKin: known(contactSchema),
  personToInform: known(contactSchema),
  correspondenceAddress: knownLong,
  consentToNotify: knownBoolean,
  doNotNotify: knownLong,
  healthInfoRecipients: knownLong,
});

/** The payload of `custody.admitted`. */
export const admissionPayloadSchema = z.strictObject({
  registerNumber: registerNumberSchema,
  identity: identitySchema,
  status: statusSchema,
  arrest: arrestSchema,
  legalBasis: legalBasisSchema,
  admission: admissionSchema,
  health: healthSchema,
  property: propertySchema,
  family: familySchema,
});

/** A person entered the register. The event's subject is the new custody record's id. */
export const custodyAdmitted = defineEventType('custody.admitted', admissionPayloadSchema);
/** The payload of `custody.admitted`. */
export type AdmissionPayload = z.infer<typeof admissionPayloadSchema>;
