/**
 * A search index for name search over a whole register. Per kind of search key (names.ts),
 * each distinct token is kept once in a dictionary, and the index lists the records that
 * hold each token. A query token is looked for among the distinct tokens (a small part
 * of the register's text, since names repeat) and only the records of the tokens found
 * are touched. Measured with test/bench/registerSearch.mjs on 100k synthetic records.
 *
 * Same results as matchQuery: search keys are tokens joined by single spaces, and query
 * tokens hold neither spaces nor newlines, so "the key contains the needle" is "some
 * token contains the needle", and a skeleton needle (` abc`) is "some token starts with abc".
 *
 * An indexer keeps its dictionaries and each record's token ids (per keys array, which
 * the projection reuses while a record's names do not change), so the index of the next
 * custody state re-reads only the records that changed.
 */
import type { MatchScore, PreparedQuery } from './names';
import { MATCH_SCORES, prepareQuery } from './names';
import type { Dictionary, DictionaryText } from './nameIndex/dictionary';
import { createDictionary, dictionaryText, forEachMatchingToken } from './nameIndex/dictionary';

/** Which records hold each token of one key kind: those of token t are `postings[starts[t]]` up to `postings[starts[t + 1]]`. */
type Postings = { readonly starts: Int32Array; readonly postings: Int32Array; readonly text: DictionaryText };

/** The index of a register's search keys (record i is position i of the keys given). */
export type NameIndex = { readonly size: number; readonly kinds: readonly [plain: Postings, folded: Postings, skeleton: Postings] };

/** Builds indexes, remembering what it read; see the file comment. */
export type NameIndexer = {
  /** Reads one record's keys ahead of `index`, so a large register can be read in slices. */
  readonly prepare: (keys: readonly string[]) => void;
  /** The index of these records, in this order. */
  readonly index: (keys: readonly (readonly string[])[]) => NameIndex;
};

type TokenIds = readonly [Int32Array, Int32Array, Int32Array];

function postingsOf(ids: readonly TokenIds[], kind: 0 | 1 | 2, dictionary: Dictionary): Postings {
  const tokenCount = dictionary.tokens.length;
  const starts = new Int32Array(tokenCount + 1);
  for (const record of ids) for (const id of record[kind]) starts[id + 1] = (starts[id + 1] ?? 0) + 1;
  for (let id = 0; id < tokenCount; id++) starts[id + 1] = (starts[id + 1] ?? 0) + (starts[id] ?? 0);
  const fill = starts.slice(0, tokenCount);
  const postings = new Int32Array(starts[tokenCount] ?? 0);
  // Records in order, so each token's records come out ascending.
  ids.forEach((record, position) => {
    for (const id of record[kind]) {
      const slot = fill[id] ?? 0;
      postings[slot] = position;
      fill[id] = slot + 1;
    }
  });
  return { starts, postings, text: dictionaryText(dictionary) };
}

/** An indexer with empty dictionaries. */
export function createNameIndexer(): NameIndexer {
  const dictionaries = [createDictionary(), createDictionary(), createDictionary()] as const;
  // Keyed by the keys array: a record whose names did not change keeps its array, and its ids.
  const read = new WeakMap<readonly string[], TokenIds>();
  const idsOf = (keys: readonly string[]): TokenIds => {
    let ids = read.get(keys);
    if (ids === undefined) {
      ids = [dictionaries[0].idsOf(keys[0] ?? ''), dictionaries[1].idsOf(keys[1] ?? ''), dictionaries[2].idsOf(keys[2] ?? '')];
      read.set(keys, ids);
    }
    return ids;
  };
  return {
    prepare: (keys) => {
      idsOf(keys);
    },
    index: (keys) => {
      const ids = keys.map(idsOf);
      return { size: keys.length, kinds: [postingsOf(ids, 0, dictionaries[0]), postingsOf(ids, 1, dictionaries[1]), postingsOf(ids, 2, dictionaries[2])] };
    },
  };
}

/** An index over records' search keys, in the order given (record i is position i). */
export function createNameIndex(keys: readonly (readonly string[])[]): NameIndex {
  return createNameIndexer().index(keys);
}

// Counts per record fit a byte; longer queries are cut (no name has 255 parts).
const MAX_QUERY_TOKENS = 254;

/** NOTE: mutates `counts`. Raises from `round` to `round + 1` the count of each record holding a token the needle matches. */
function markNeedle(kind: Postings, needle: string, isPrefix: boolean, counts: Uint8Array, round: number): void {
  const { starts, postings } = kind;
  forEachMatchingToken(kind.text, needle, isPrefix, (token) => {
    const end = starts[token + 1] ?? 0;
    for (let p = starts[token] ?? 0; p < end; p++) {
      const record = postings[p] ?? 0;
      if (counts[record] === round) counts[record] = round + 1;
    }
  });
}

/** NOTE: mutates `scores`. Gives `score` to unscored records that hold every needle group in one key kind. */
function scoreKind(index: NameIndex, scores: Uint8Array, kind: 0 | 1 | 2, groups: readonly (readonly string[])[], score: MatchScore) {
  const used = groups.slice(0, MAX_QUERY_TOKENS);
  if (used.length === 0) return;
  const counts = new Uint8Array(index.size);
  used.forEach((needles, round) => {
    for (const needle of needles) {
      // Skeleton needles come as ` abc` (names.ts): a word start, i.e. a token prefix here.
      const isPrefix = needle.startsWith(' ');
      markNeedle(index.kinds[kind], isPrefix ? needle.slice(1) : needle, isPrefix, counts, round);
    }
  });
  for (let record = 0; record < index.size; record++) {
    if (scores[record] === MATCH_SCORES.none && counts[record] === used.length) scores[record] = score;
  }
}

/** The MatchScore of every record for a query (0: no match); the same scores as matchQuery gives. */
export function searchNameIndex(index: NameIndex, query: string | PreparedQuery): Uint8Array {
  const prepared = typeof query === 'string' ? prepareQuery(query) : query;
  const scores = new Uint8Array(index.size);
  if (prepared.plain.length === 0) return scores.fill(MATCH_SCORES.exact);
  // A record keeps the best score: a later, looser stage only fills records still at 0.
  scoreKind(index, scores, 0, prepared.plain.map((token) => [token]), MATCH_SCORES.exact);
  scoreKind(index, scores, 1, prepared.folded.map((token) => [token]), MATCH_SCORES.folded);
  scoreKind(index, scores, 2, prepared.skeletons, MATCH_SCORES.skeleton);
  return scores;
}
