/**
 * Whether two register entries describe the same person, for reconciling transfers and
 * roll-calls across facilities (issue P6 item 3). Names are compared across scripts with
 * the register's own name keys (custody/names.ts: Arabic normalisation, transliteration,
 * name parts in any order); the father's name and the birth date or year confirm a name
 * match or rule it out. A contradiction on father or birth is never outweighed by names.
 */
import type { JsonValue } from '../crypto/canonicalJson';
import type { MatchScore } from '../custody/names';
import { matchQuery, MATCH_SCORES, normalizeName, searchKeys } from '../custody/names';
import type { CustodyRecord } from '../custody/projection/types';

/** A birth date as far as it is known; `estimated` when derived from an estimated age. */
export type Birth = { readonly year: number; readonly month?: number; readonly day?: number; readonly estimated: boolean };

/** What identifies a person in a register entry or a roll-call line. */
export type PersonIdentity = {
  /** Full names as written (original script, transliteration, aliases). */
  readonly names: readonly string[];
  readonly father?: string;
  readonly birth?: Birth;
};

/** How an identity compares with another. */
export type IdentityStrength = 'strong' | 'probable' | 'none';

/** The comparison of two identities, part by part. */
export type IdentityMatch = {
  readonly strength: IdentityStrength;
  readonly name: MatchScore;
  readonly father: 'same' | 'different' | 'unknown';
  readonly birth: 'same' | 'different' | 'unknown';
};

/** An identity prepared once for many comparisons. */
export type PreparedIdentity = {
  readonly identity: PersonIdentity;
  readonly keys: readonly string[];
  readonly matchers: readonly ((keys: readonly string[]) => MatchScore)[];
  /** Name parts of the longest name: one part alone is too weak to call a match strong. */
  readonly parts: number;
};

/** Years an estimated age may be off. */
const ESTIMATE_SLACK_YEARS = 2;
const NO_MATCH: IdentityMatch = { strength: 'none', name: MATCH_SCORES.none, father: 'unknown', birth: 'unknown' };

function textOf(value: JsonValue | undefined): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const inner = value.value;
  return typeof inner === 'string' && inner.trim() !== '' ? inner : undefined;
}

function listOf(value: JsonValue | undefined): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const inner = value.value;
  return Array.isArray(inner) ? inner.filter((item): item is string => typeof item === 'string') : [];
}

/** A partial date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a Birth; undefined if it is none of them. */
export function parseBirth(text: string, estimated = false): Birth | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (match === null) return undefined;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    ...(month === undefined ? {} : { month: Number(month) }),
    ...(day === undefined ? {} : { day: Number(day) }),
    estimated,
  };
}

function birthOfRecord(record: CustodyRecord): Birth | undefined {
  const date = textOf(record.admission['identity.dateOfBirth']);
  if (date !== undefined) return parseBirth(date);
  const age = record.admission['identity.estimatedAgeYears'];
  const years = typeof age === 'object' && age !== null && !Array.isArray(age) ? age.value : undefined;
  if (typeof years !== 'number') return undefined;
  return { year: new Date(record.admittedMs).getUTCFullYear() - years, estimated: true };
}

function fullName(given: string | undefined, family: string | undefined): string | undefined {
  const name = [given, family].filter((part) => part !== undefined).join(' ');
  return name === '' ? undefined : name;
}

/** The identity a register entry gives (corrections applied, as the projection holds it). */
export function identityOfRecord(record: CustodyRecord): PersonIdentity {
  const { admission } = record;
  const names = [
    fullName(textOf(admission['identity.givenNames']), textOf(admission['identity.familyName'])),
    fullName(textOf(admission['identity.givenNamesLatin']), textOf(admission['identity.familyNameLatin'])),
    ...listOf(admission['identity.aliases']),
  ].filter((name): name is string => name !== undefined);
  const father = textOf(admission['identity.fatherFirstName']);
  const birth = birthOfRecord(record);
  return { names, ...(father === undefined ? {} : { father }), ...(birth === undefined ? {} : { birth }) };
}

/** Prepares an identity: its name keys and a matcher per name. */
export function prepareIdentity(identity: PersonIdentity): PreparedIdentity {
  const usable = identity.names.filter((name) => normalizeName(name) !== '');
  return {
    identity,
    keys: searchKeys(usable),
    matchers: usable.map((name) => matchQuery(name)),
    parts: Math.max(0, ...usable.map((name) => normalizeName(name).split(' ').length)),
  };
}

function nameScore(a: PreparedIdentity, b: PreparedIdentity): MatchScore {
  let best: MatchScore = MATCH_SCORES.none;
  for (const matcher of a.matchers) best = Math.max(best, matcher(b.keys)) as MatchScore;
  for (const matcher of b.matchers) best = Math.max(best, matcher(a.keys)) as MatchScore;
  return best;
}

function compareFathers(a: string | undefined, b: string | undefined): IdentityMatch['father'] {
  if (a === undefined || b === undefined) return 'unknown';
  return matchQuery(a)(searchKeys(b)) > MATCH_SCORES.none || matchQuery(b)(searchKeys(a)) > MATCH_SCORES.none ? 'same' : 'different';
}

/** Whether two births agree: exactly where both are exact, within the slack of an estimate otherwise. */
export function compareBirths(a: Birth | undefined, b: Birth | undefined): IdentityMatch['birth'] {
  if (a === undefined || b === undefined) return 'unknown';
  const slack = a.estimated || b.estimated ? ESTIMATE_SLACK_YEARS : 0;
  if (Math.abs(a.year - b.year) > slack) return 'different';
  if (slack > 0) return 'same';
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return 'different';
  if (a.day !== undefined && b.day !== undefined && a.month === b.month && a.day !== b.day) return 'different';
  return 'same';
}

/**
 * Compares two prepared identities. Strong: two name parts or more agree, and the father or
 * the birth agrees (both, when the names agree only across scripts, by their skeleton).
 * Probable: names agree and nothing contradicts. None: names differ, or the father or the
 * birth contradicts.
 */
export function compareIdentities(a: PreparedIdentity, b: PreparedIdentity): IdentityMatch {
  const name = nameScore(a, b);
  if (name === MATCH_SCORES.none) return NO_MATCH;
  const father = compareFathers(a.identity.father, b.identity.father);
  const birth = compareBirths(a.identity.birth, b.identity.birth);
  if (father === 'different' || birth === 'different') return { strength: 'none', name, father, birth };
  // Across scripts only the lossy skeleton matches, so it takes both the father and the birth to be sure.
  const confirmed = name >= MATCH_SCORES.folded ? father === 'same' || birth === 'same' : father === 'same' && birth === 'same';
  const isStrong = Math.min(a.parts, b.parts) >= 2 && confirmed;
  return { strength: isStrong ? 'strong' : 'probable', name, father, birth };
}

/** Rank of a strength, higher is better. */
export function strengthRank(strength: IdentityStrength): number {
  return strength === 'strong' ? 2 : strength === 'probable' ? 1 : 0;
}
