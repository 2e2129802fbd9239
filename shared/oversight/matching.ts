/**
 * Person matching across facilities and scripts (issue P6 item 4): which custody records
 * of different registers may describe one person. Names are compared with the register's
 * own keys (custody/names.ts, through identity.ts: Arabic normalisation, transliteration,
 * name parts in any order); the father's name, the birth and the place of birth add to the
 * score or contradict it. A score only proposes a pair: an adviser confirms or rejects it.
 *
 * Candidates are found by blocking, never by comparing all pairs: each record is put in
 * the blocks of every two of its name-part skeletons (the loosest key, shared by Arabic and
 * Latin spellings), and only records sharing a block are scored.
 */
import type { JsonValue } from '../crypto/canonicalJson';
import { hasArabicScript } from '../custody/names/arabic';
import { MATCH_SCORES, matchQuery, normalizeName, prepareQuery, searchKeys } from '../custody/names';
import type { CustodyRecord } from '../custody/projection/types';
import type { IdentityStrength, PersonIdentity, PreparedIdentity } from './identity';
import { compareBirths, compareIdentities, identityOfRecord, prepareIdentity } from './identity';
import { createBlockIndex } from './matchBlocks';

export { blocksOf } from './matchBlocks';

/** A register entry as matching sees it. */
export type MatchPerson = {
  readonly id: string;
  readonly ledger: string;
  readonly identity: PersonIdentity;
  readonly placeOfBirth?: string;
};

/** How the names agree: the same once normalised; a spelling variant; only across Arabic and Latin script; only by their consonants. */
export type NameAgreement = 'exact' | 'spelling' | 'across-scripts' | 'similar';
/** How the father's names or the places of birth agree. */
export type PartAgreement = 'same' | 'different' | 'unknown';
/** How the births agree: same full date, same year (or month), within an estimate's slack. */
export type BirthAgreement = 'same-date' | 'same-year' | 'close-estimate' | 'different' | 'unknown';

/** Which parts matched, for the adviser to judge. */
export type MatchReasons = {
  readonly name: NameAgreement | 'none';
  /** Whether the name parts are written in another order on one side. */
  readonly order: 'same' | 'reordered' | 'unknown';
  readonly father: PartAgreement;
  readonly birth: BirthAgreement;
  readonly place: PartAgreement;
};

/** The score of a pair, 0 to 100, with its reasons. */
export type PairScore = { readonly score: number; readonly strength: IdentityStrength; readonly reasons: MatchReasons };

/** A record prepared once for all its comparisons. */
export type PreparedPerson = {
  readonly person: MatchPerson;
  readonly prepared: PreparedIdentity;
  readonly scripts: ReadonlySet<'arabic' | 'latin'>;
  /** Skeleton tokens, the blocking keys. */
  readonly skeletons: readonly string[];
};

const NAME_POINTS: Readonly<Record<NameAgreement, number>> = { exact: 45, spelling: 38, 'across-scripts': 32, similar: 22 };
const FATHER_POINTS: Readonly<Record<PartAgreement, number>> = { same: 20, different: -35, unknown: 0 };
const BIRTH_POINTS: Readonly<Record<BirthAgreement, number>> = { 'same-date': 25, 'same-year': 15, 'close-estimate': 8, different: -35, unknown: 0 };
const PLACE_POINTS: Readonly<Record<PartAgreement, number>> = { same: 10, different: -5, unknown: 0 };

/**
 * Below this a pair is not proposed: names alike once normalised or spelled differently
 * (45, 38) are, names alike only across scripts (32) need a father, birth or place too.
 */
export const DEFAULT_MIN_SCORE = 38;
/** Most skeleton tokens of one record used for blocking (aliases can make many). */
const MAX_BLOCKING_TOKENS = 10;

function textOf(value: JsonValue | undefined): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const inner = value.value;
  return typeof inner === 'string' && inner.trim() !== '' ? inner : undefined;
}

/** A register entry for matching: its identity and, when known, its place of birth. */
export function matchPersonOfRecord(record: CustodyRecord): MatchPerson {
  const place = textOf(record.admission['identity.placeOfBirth']);
  return { id: record.id, ledger: record.ledger, identity: identityOfRecord(record), ...(place === undefined ? {} : { placeOfBirth: place }) };
}

function foldedParts(name: string): string[] {
  const parts = normalizeName(name).split(' ').length;
  return (searchKeys(name)[1] ?? '').trim().split(' ').slice(0, parts);
}

/** Prepares a record: its identity keys, scripts, name parts and blocking tokens. */
export function preparePerson(person: MatchPerson): PreparedPerson {
  const prepared = prepareIdentity(person.identity);
  const names = person.identity.names.filter((name) => normalizeName(name) !== '');
  const scripts = new Set(names.map((name) => (hasArabicScript(name) ? 'arabic' as const : 'latin' as const)));
  // Part skeletons only (not the whole-name joins names.ts adds for search): one block per two parts.
  const parts = names.flatMap((name) => prepareQuery(name).skeletons.map((variants) => (variants[0] ?? '').trim()));
  const skeletons = [...new Set(parts.filter((token) => token.length > 0))].slice(0, MAX_BLOCKING_TOKENS);
  return { person, prepared, scripts, skeletons };
}

function nameAgreement(score: number, a: PreparedPerson, b: PreparedPerson): NameAgreement | 'none' {
  if (score === MATCH_SCORES.exact) return 'exact';
  if (score === MATCH_SCORES.folded) return 'spelling';
  if (score === MATCH_SCORES.none) return 'none';
  const sharesScript = [...a.scripts].some((script) => b.scripts.has(script));
  return sharesScript ? 'similar' : 'across-scripts';
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
}

/** Same order if some two names read alike part by part; reordered if they hold the same parts otherwise. */
function orderOf(a: PreparedPerson, b: PreparedPerson): MatchReasons['order'] {
  let order: MatchReasons['order'] = 'unknown';
  const rights = b.person.identity.names.map(foldedParts);
  for (const left of a.person.identity.names.map(foldedParts)) {
    for (const right of rights) {
      if (left.length > 1 && left.join(' ') === right.join(' ')) return 'same';
      if (left.length > 1 && sameSet(left, right)) order = 'reordered';
    }
  }
  return order;
}

function birthAgreement(a: PersonIdentity['birth'], b: PersonIdentity['birth'], outcome: 'same' | 'different' | 'unknown'): BirthAgreement {
  if (outcome !== 'same') return outcome;
  if (a === undefined || b === undefined) return 'unknown';
  if (a.estimated || b.estimated) return 'close-estimate';
  return a.day !== undefined && b.day !== undefined ? 'same-date' : 'same-year';
}

/** Compares two short texts (a father's name, a place) as names, both ways, across scripts. */
function agreeAsNames(a: string | undefined, b: string | undefined): PartAgreement {
  if (a === undefined || b === undefined || normalizeName(a) === '' || normalizeName(b) === '') return 'unknown';
  const agree = matchQuery(a)(searchKeys(b)) > MATCH_SCORES.none || matchQuery(b)(searchKeys(a)) > MATCH_SCORES.none;
  return agree ? 'same' : 'different';
}

/** A comparer of short texts remembering its answers: fathers' names and places repeat a great deal. */
export function createPartComparer(): (a: string | undefined, b: string | undefined) => PartAgreement {
  const memo = new Map<string, PartAgreement>();
  return (a, b) => {
    if (a === undefined || b === undefined) return 'unknown';
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let agreement = memo.get(key);
    if (agreement === undefined) {
      agreement = agreeAsNames(a, b);
      memo.set(key, agreement);
    }
    return agreement;
  };
}

function nameScore(a: PreparedIdentity, b: PreparedIdentity): number {
  let best: number = MATCH_SCORES.none;
  for (const matcher of a.matchers) best = Math.max(best, matcher(b.keys));
  for (const matcher of b.matchers) best = Math.max(best, matcher(a.keys));
  return best;
}

/**
 * Scores a pair: points for each part that agrees, a heavy loss for a father or a birth
 * that contradicts. The strength is identity.ts's, so matching and reconciliation agree.
 */
export function scorePair(a: PreparedPerson, b: PreparedPerson, compareParts = createPartComparer()): PairScore {
  const ida = a.person.identity;
  const idb = b.person.identity;
  const name = nameAgreement(nameScore(a.prepared, b.prepared), a, b);
  const father = compareParts(ida.father, idb.father);
  const birth = birthAgreement(ida.birth, idb.birth, compareBirths(ida.birth, idb.birth));
  const place = compareParts(a.person.placeOfBirth, b.person.placeOfBirth);
  const unscored = { name, order: 'unknown' as const, father, birth, place };
  if (name === 'none') return { score: 0, strength: 'none', reasons: unscored };
  const points = NAME_POINTS[name] + FATHER_POINTS[father] + BIRTH_POINTS[birth] + PLACE_POINTS[place];
  const score = Math.max(0, Math.min(100, points));
  // The finer reasons are only worked out for pairs worth showing.
  if (score < DEFAULT_MIN_SCORE) return { score, strength: 'none', reasons: unscored };
  return { score, strength: compareIdentities(a.prepared, b.prepared).strength, reasons: { ...unscored, order: orderOf(a, b) } };
}

/** The key of a pair, whichever way round: the two record ids in order, joined by `:`. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** A proposed pair: `a` and `b` in id order. */
export type MatchCandidate = { readonly key: string; readonly a: string; readonly b: string } & PairScore;

export type CandidateOptions = {
  readonly minScore?: number;
  /** Pairs already decided, by pairKey: not proposed again. */
  readonly skip?: ReadonlySet<string>;
  /**
   * Told how many records have been compared with all those before them, of how many, every
   * `progressEvery` records and at the end. It only reports: the pairs are the same without it.
   */
  readonly onProgress?: (done: number, total: number) => void;
  /** Records between two progress reports; 1 000 by default. */
  readonly progressEvery?: number;
};

const PROGRESS_EVERY = 1000;

type Queued = { readonly person: MatchPerson; readonly source: number };

/** Like names next to each other, births in order: the records a record meets are then the ones just met, still in the processor's caches. */
function byLocality(x: Queued, y: Queued): number {
  const a = x.person.identity.names[0] ?? '';
  const b = y.person.identity.names[0] ?? '';
  if (a !== b) return a < b ? -1 : 1;
  return (x.person.identity.birth?.year ?? 0) - (y.person.identity.birth?.year ?? 0) || x.source - y.source;
}

/** The scored pair of two prepared records, or undefined when it is not to be proposed. */
function candidateOf(a: PreparedPerson, b: PreparedPerson, options: CandidateOptions, compareParts: ReturnType<typeof createPartComparer>): MatchCandidate | undefined {
  const key = pairKey(a.person.id, b.person.id);
  if (options.skip?.has(key) === true) return undefined;
  const scored = scorePair(a, b, compareParts);
  if (scored.score < (options.minScore ?? DEFAULT_MIN_SCORE) || scored.strength === 'none') return undefined;
  const [first, second] = a.person.id < b.person.id ? [a.person.id, b.person.id] : [b.person.id, a.person.id];
  return { key, a: first, b: second, ...scored };
}

/**
 * Candidate pairs of records of different registers, best first: only records sharing a
 * block are scored, each pair once. Records are taken one by one, each prepared and scored
 * against the records taken before it (matchBlocks.ts), so `onProgress` can follow the work;
 * a pair is scored in the order the records were given, and ties are ordered by key, so
 * the list is the same whatever order the records are taken in.
 */
export function candidatePairs(people: readonly MatchPerson[], options: CandidateOptions = {}): MatchCandidate[] {
  const compareParts = createPartComparer();
  const index = createBlockIndex();
  const every = Math.max(1, options.progressEvery ?? PROGRESS_EVERY);
  const taken: { readonly prepared: PreparedPerson; readonly source: number }[] = [];
  const candidates: MatchCandidate[] = [];
  const queue = people.map((person, source) => ({ person, source })).sort(byLocality);
  queue.forEach(({ person, source }, position) => {
    const prepared = preparePerson(person);
    const birthYear = person.identity.birth?.year;
    for (const partner of index.add({ ledger: person.ledger, skeletons: prepared.skeletons, ...(birthYear === undefined ? {} : { birthYear }) }, position)) {
      const other = taken[partner];
      if (other === undefined) continue;
      const candidate = other.source < source ? candidateOf(other.prepared, prepared, options, compareParts) : candidateOf(prepared, other.prepared, options, compareParts);
      if (candidate !== undefined) candidates.push(candidate);
    }
    taken.push({ prepared, source });
    const done = position + 1;
    if (options.onProgress !== undefined && (done % every === 0 || done === people.length)) options.onProgress(done, people.length);
  });
  return candidates.sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : 1));
}
