/**
 * Who the person being admitted is, read live from the draft: a child (under 18 at
 * arrest, domain.md §1.2 row 5, the protective reading when the birth date is partial), a
 * woman (Bangkok Rules items), a prisoner of war (GC III rank and service number). The
 * same readings as the custody projection (shared/custody/projection), so the form shows
 * what the record will say.
 */
import type { LegalCategory } from '@shared/custody/events/common';
import { GENDER_IDENTITIES, LEGAL_CATEGORIES, SEXES } from '@shared/custody/events/common';
import type { ChildStatus } from '@shared/custody/projection/ages';
import { childStatusAt } from '@shared/custody/projection/ages';
import type { RequirementProfile } from '@shared/custody/projection/summary';
import { MAX_AGE_YEARS } from '@shared/custody/events/admission';
import type { AdmissionDraft } from './admissionDraft';
import { readPartialDate } from './dateReaders';
import type { DraftReader } from './readers';
import { readChoice, readInteger } from './readers';

/** What the form knows of the person; `undefined` where the answer is not (yet) known. */
export type PersonFacts = {
  readonly childStatus: ChildStatus;
  readonly isWoman: boolean | undefined;
  readonly isPow: boolean | undefined;
  readonly legalCategory: LegalCategory | undefined;
  readonly isIac: boolean;
};

/** A reader over the draft's own inputs that ignores problems: facts are read leniently, problems come from the builder. */
export function draftReader(draft: AdmissionDraft, timeZone: string, report: DraftReader['report'] = () => undefined): DraftReader {
  return { get: (path) => draft.values[path] ?? '', reason: (path) => draft.reasons[path], report, timeZone };
}

function answered<T extends string>(reader: DraftReader, path: string, options: readonly T[]): T | undefined {
  return reader.reason(path) === undefined ? readChoice(reader, path, options) : undefined;
}

/** Whether the person is a woman: gender as they describe it, else sex (as the projection reads it). */
function womanOf(reader: DraftReader): boolean | undefined {
  const gender = answered(reader, 'identity.genderIdentity', GENDER_IDENTITIES);
  if (gender !== undefined) return gender === 'woman';
  const sex = answered(reader, 'identity.sex', SEXES);
  return sex === undefined ? undefined : sex === 'female';
}

/** The local calendar day of arrest if known, else of admission: the day age is counted at. */
function ageReferenceDay(reader: DraftReader): string | undefined {
  const arrestDay = reader.reason('arrest.at') === undefined ? reader.get('arrest.at.date') : '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(arrestDay) ? arrestDay : reader.get('admission.at.date');
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

function childStatusOf(reader: DraftReader): ChildStatus {
  const birth = reader.reason('identity.dateOfBirth') === undefined ? readPartialDate(reader, 'identity.dateOfBirth') : undefined;
  const estimate =
    reader.reason('identity.estimatedAgeYears') === undefined ? readInteger(reader, 'identity.estimatedAgeYears', 0, MAX_AGE_YEARS) : undefined;
  return childStatusAt(birth, estimate, ageReferenceDay(reader));
}

export function personFacts(draft: AdmissionDraft, timeZone: string): PersonFacts {
  const reader = draftReader(draft, timeZone);
  const legalCategory = answered(reader, 'status.legalCategory', LEGAL_CATEGORIES);
  return {
    childStatus: childStatusOf(reader),
    isWoman: womanOf(reader),
    isPow: legalCategory === undefined ? undefined : legalCategory === 'pow',
    legalCategory,
    isIac: reader.get('status.legalRegime') === 'iac',
  };
}

/** Who the person is for deciding which fields are required (shared/custody gapsOf). */
export function requirementProfile(facts: PersonFacts): RequirementProfile {
  return {
    isIac: facts.isIac,
    isPow: facts.isPow === true,
    isInternee: facts.legalCategory === 'civilian_internee',
    isWoman: facts.isWoman === true,
  };
}

/** Whether a field asked only of some people is shown: `undefined` while who the person is is not known. */
export function isShownFor(shownFor: 'pow' | 'women' | undefined, facts: PersonFacts): boolean | undefined {
  if (shownFor === undefined) return true;
  return shownFor === 'pow' ? facts.isPow : facts.isWoman;
}
