import type { JsonValue } from '@shared/crypto/canonicalJson';
import type { CustodyRecord } from '@shared/custody/projection/types';

/** What identifies a person in a record, as written there, for the adviser to compare. */
export type PersonFacts = {
  readonly names: readonly string[];
  readonly father?: string;
  readonly birth?: string;
  readonly estimatedAge?: number;
  readonly place?: string;
};

function textOf(value: JsonValue | undefined): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return typeof value.value === 'string' && value.value.trim() !== '' ? value.value : undefined;
}

function joined(...parts: (string | undefined)[]): string | undefined {
  const text = parts.filter((part) => part !== undefined).join(' ');
  return text === '' ? undefined : text;
}

/** The names (original script, then Latin), father, birth and place of birth of a record. */
export function personFacts(record: CustodyRecord): PersonFacts {
  const { admission } = record;
  const names = [
    joined(textOf(admission['identity.givenNames']), textOf(admission['identity.familyName'])),
    joined(textOf(admission['identity.givenNamesLatin']), textOf(admission['identity.familyNameLatin'])),
  ].filter((name): name is string => name !== undefined);
  // A name written the same in both fields (a foreign national's) is shown once.
  const distinct = [...new Set(names)];
  const age = admission['identity.estimatedAgeYears'];
  const years = typeof age === 'object' && age !== null && !Array.isArray(age) && typeof age.value === 'number' ? age.value : undefined;
  const father = textOf(admission['identity.fatherFirstName']);
  const birth = textOf(admission['identity.dateOfBirth']);
  const place = textOf(admission['identity.placeOfBirth']);
  return {
    names: distinct,
    ...(father === undefined ? {} : { father }),
    ...(birth === undefined ? {} : { birth }),
    ...(years === undefined ? {} : { estimatedAge: years }),
    ...(place === undefined ? {} : { place }),
  };
}
