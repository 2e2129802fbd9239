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
/** Widest gap between birth years still compared: covers identity.ts's slack for an estimated age (2 years). */
const BIRTH_WINDOW_YEARS = 2;
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
};

/** NOTE: mutates `blocks`. Puts a record in the block of every two of its skeleton tokens. */
function addToBlocks(blocks: Map<string, number[]>, tokens: readonly string[], position: number): void {
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j < tokens.length; j++) {
      const [x, y] = (tokens[i] ?? '') < (tokens[j] ?? '') ? [tokens[i], tokens[j]] : [tokens[j], tokens[i]];
      const key = `${x ?? ''} ${y ?? ''}`;
      const block = blocks.get(key);
      if (block === undefined) blocks.set(key, [position]);
      else block.push(position);
    }
  }
}

/** Blocks of records sharing two name-part skeletons; a record with one name part is in none. */
export function blocksOf(people: readonly PreparedPerson[]): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  people.forEach((person, position) => { addToBlocks(blocks, person.skeletons, position); });
  return blocks;
}

/** A block's records of one register: births unknown, and births known sorted by year. */
type LedgerGroup = { readonly unknown: number[]; readonly known: { readonly year: number; readonly position: number }[] };

/** A block's records grouped by register: only records of different registers are paired. */
function byLedger(block: readonly number[], people: readonly PreparedPerson[]): LedgerGroup[] {
  const groups = new Map<string, LedgerGroup>();
  for (const position of block) {
    const person = people[position]?.person;
    if (person === undefined) continue;
    let group = groups.get(person.ledger);
    if (group === undefined) {
      group = { unknown: [], known: [] };
      groups.set(person.ledger, group);
    }
    const year = person.identity.birth?.year;
    if (year === undefined) group.unknown.push(position);
    else group.known.push({ year, position });
  }
  for (const group of groups.values()) group.known.sort((x, y) => x.year - y.year);
  return [...groups.values()];
}

/**
 * Calls `pair` for each two records of two groups whose births may agree: every record
 * with an unknown birth, and known births at most BIRTH_WINDOW_YEARS apart (a wider gap
 * contradicts, and such a pair is never proposed), by a sliding window over sorted years.
 */
function forEachPair(g: LedgerGroup, h: LedgerGroup, pair: (i: number, j: number) => void): void {
  for (const i of g.unknown) {
    for (const j of h.unknown) pair(i, j);
    for (const j of h.known) pair(i, j.position);
  }
  for (const j of h.unknown) for (const i of g.known) pair(i.position, j);
  let from = 0;
  for (const i of g.known) {
    while (from < h.known.length && (h.known[from]?.year ?? 0) < i.year - BIRTH_WINDOW_YEARS) from++;
    for (let k = from; k < h.known.length && (h.known[k]?.year ?? 0) <= i.year + BIRTH_WINDOW_YEARS; k++) pair(i.position, h.known[k]?.position ?? 0);
  }
}

/**
 * Candidate pairs of records of different registers, best first: only records sharing a
 * block are scored, each pair once. Ties are ordered by key so the list is stable.
 */
export function candidatePairs(people: readonly MatchPerson[], options: CandidateOptions = {}): MatchCandidate[] {
  const prepared = people.map(preparePerson);
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const compareParts = createPartComparer();
  const seen = new Set<number>();
  const candidates: MatchCandidate[] = [];
  const consider = (i: number, j: number) => {
    const [low, high] = i < j ? [i, j] : [j, i];
    const seenKey = low * prepared.length + high;
    if (seen.has(seenKey)) return;
    seen.add(seenKey);
    const a = prepared[low];
    const b = prepared[high];
    if (a === undefined || b === undefined) return;
    const key = pairKey(a.person.id, b.person.id);
    if (options.skip?.has(key) === true) return;
    const scored = scorePair(a, b, compareParts);
    if (scored.score < minScore || scored.strength === 'none') return;
    const [first, second] = a.person.id < b.person.id ? [a.person.id, b.person.id] : [b.person.id, a.person.id];
    candidates.push({ key, a: first, b: second, ...scored });
  };
  for (const block of blocksOf(prepared).values()) {
    const groups = byLedger(block, prepared);
    for (let g = 0; g < groups.length; g++) {
      for (let h = g + 1; h < groups.length; h++) forEachPair(groups[g] ?? { unknown: [], known: [] }, groups[h] ?? { unknown: [], known: [] }, consider);
    }
  }
  return candidates.sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : 1));
}
