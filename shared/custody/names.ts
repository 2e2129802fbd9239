/**
 * Name search across scripts, for search-as-you-type over the register (issue P3 item 5).
 * Each record gets three precomputed keys; a query is prepared once and scanned against
 * them with substring tests, which perf.md measured fast enough (a few ms per keystroke
 * over 100k names):
 * - plain: case, diacritics and Arabic spelling variants removed (exact match, score 3);
 * - folded: transliteration variants folded (Mohammed = Muhammad; score 2);
 * - skeleton: consonant classes shared by Arabic and Latin, so "محمد" finds "Mohamed" (score 1).
 * Name parts match in any order. A skeleton is lossy (حسين and حسن share one), hence the scores.
 */
import { arabicSkeleton, foldArabicTokens, hasArabicScript, normalizeArabic } from './names/arabic';
import { foldLatinToken, foldLatinTokens, latinSkeleton, plainLatin } from './names/latin';

/** Match strengths; 0 is no match. */
export const MATCH_SCORES = { exact: 3, folded: 2, skeleton: 1, none: 0 } as const;
/** A match score. */
export type MatchScore = (typeof MATCH_SCORES)[keyof typeof MATCH_SCORES];

const SEPARATORS = /[^\p{L}\p{N}]+/u;

function plainTokens(text: string): string[] {
  return normalizeArabic(plainLatin(text))
    .split(SEPARATORS)
    .filter((token) => token.length > 0);
}

function byScript(tokens: readonly string[]): { arabic: string[]; latin: string[] } {
  const arabic: string[] = [];
  const latin: string[] = [];
  for (const token of tokens) (hasArabicScript(token) ? arabic : latin).push(token);
  return { arabic, latin };
}

/** One token folded, with its skeleton variants (two when a digraph may be two letters). */
type TokenFold = { readonly folded: string; readonly skeletons: readonly string[] };

// Names repeat a great deal (Mohamed, Ali …), so folds are memoised per token. The memo
// only ever holds what the pure functions below return for a token, so it cannot change
// a result; it is bounded and simply restarts when full.
const TOKEN_MEMO = new Map<string, TokenFold>();
const TOKEN_MEMO_MAX_ENTRIES = 50_000;

function foldLatin(token: string): TokenFold {
  const folded = foldLatinToken(token, { initialJAsY: true, splitDigraphs: false });
  const joined = latinSkeleton(foldLatinToken(token, { initialJAsY: false, splitDigraphs: false }));
  const split = /[tdsk]h/.test(token) ? latinSkeleton(foldLatinToken(token, { initialJAsY: false, splitDigraphs: true })) : joined;
  return { folded, skeletons: split === joined ? [joined] : [joined, split] };
}

function foldToken(token: string, isArabic: boolean): TokenFold {
  const key = isArabic ? token : `~${token}`;
  let fold = TOKEN_MEMO.get(key);
  if (fold === undefined) {
    fold = isArabic ? { folded: token, skeletons: [arabicSkeleton(token)] } : foldLatin(token);
    if (TOKEN_MEMO.size >= TOKEN_MEMO_MAX_ENTRIES) TOKEN_MEMO.clear();
    TOKEN_MEMO.set(key, fold);
  }
  return fold;
}

/** Folded tokens of one name (or query) and, per token, its skeleton variants. */
function foldName(tokens: readonly string[]): { folded: string[]; skeletons: (readonly string[])[] } {
  const { arabic, latin } = byScript(tokens);
  const folded: string[] = [];
  const skeletons: (readonly string[])[] = [];
  for (const token of foldArabicTokens(arabic)) {
    const fold = foldToken(token, true);
    folded.push(fold.folded);
    skeletons.push(fold.skeletons);
  }
  for (const token of foldLatinTokens(latin)) {
    const fold = foldToken(token, false);
    folded.push(fold.folded);
    skeletons.push(fold.skeletons);
  }
  return { folded, skeletons };
}

/** NOTE: mutates the key parts. Adds one name's tokens to them. */
function addName(name: string, plain: string[], folded: string[], skeleton: string[]): void {
  const tokens = plainTokens(name);
  if (tokens.length === 0) return;
  const fold = foldName(tokens);
  for (const token of tokens) plain.push(token);
  for (const token of fold.folded) folded.push(token);
  // Whole-name joins let "Abubakr" find "Abu Bakr" and the reverse.
  if (fold.folded.length > 1) folded.push(fold.folded.join(''));
  let joined = '';
  for (const variants of fold.skeletons) {
    for (const variant of variants) if (variant.length > 0) skeleton.push(variant);
    joined += variants[0] ?? '';
  }
  if (fold.skeletons.length > 1 && joined.length > 0) skeleton.push(joined);
}

/**
 * The search keys of a record's names (original script, Latin, aliases; register and
 * document numbers may be added as names too): `[plain, folded, skeleton]`.
 */
export function searchKeys(names: string | readonly string[]): string[] {
  const plain = [''];
  const folded = [''];
  const skeleton = [''];
  for (const name of typeof names === 'string' ? [names] : names) addName(name, plain, folded, skeleton);
  // join() makes flat strings; concatenation would make rope strings, several times slower to scan.
  return [plain.join(' '), folded.join(' '), skeleton.join(' ')];
}

/** A query prepared for scanning: its tokens per key kind (skeleton tokens as word-start needles, with variants). */
export type PreparedQuery = {
  readonly plain: readonly string[];
  readonly folded: readonly string[];
  readonly skeletons: readonly (readonly string[])[];
};

/** The needles of a query, computed once per keystroke. */
export function prepareQuery(query: string): PreparedQuery {
  const plain = plainTokens(query);
  const fold = foldName(plain);
  return {
    plain,
    folded: fold.folded.filter((token) => token.length > 0),
    skeletons: fold.skeletons
      .map((variants) => variants.filter((token) => token.length > 0).map((token) => ` ${token}`))
      .filter((variants) => variants.length > 0),
  };
}

/**
 * A matcher for a query: returns the best MatchScore of a record's keys. Every query
 * token must match (as a substring for plain and folded keys, as a word prefix for the
 * skeleton). An empty query matches everything exactly.
 */
export function matchQuery(query: string): (keys: readonly string[]) => MatchScore {
  const { plain, folded, skeletons } = prepareQuery(query);
  if (plain.length === 0) return () => MATCH_SCORES.exact;
  // Plain loops over prepared arrays: this runs once per record per keystroke.
  return (keys) => {
    if (containsAll(keys[0] ?? '', plain)) return MATCH_SCORES.exact;
    if (folded.length > 0 && containsAll(keys[1] ?? '', folded)) return MATCH_SCORES.folded;
    if (skeletons.length > 0 && containsAnyOfEach(keys[2] ?? '', skeletons)) return MATCH_SCORES.skeleton;
    return MATCH_SCORES.none;
  };
}

function containsAll(haystack: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (!haystack.includes(needle)) return false;
  return true;
}

function containsAnyOfEach(haystack: string, groups: readonly (readonly string[])[]): boolean {
  for (const group of groups) {
    let found = false;
    for (const needle of group) {
      if (haystack.includes(needle)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** The normalised display-independent form of a name, as the plain key stores it (for tests and exports). */
export function normalizeName(name: string): string {
  return plainTokens(name).join(' ');
}
