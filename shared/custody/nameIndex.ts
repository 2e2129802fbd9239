/**
 * A scan index for name search over a whole register: each kind of search key (names.ts)
 * of every record concatenated into one string, records separated by a newline. A query
 * token is then found with one native indexOf pass over contiguous text instead of one
 * call per record, which keeps a keystroke well inside a frame for 100k records.
 */
import type { MatchScore, PreparedQuery } from './names';
import { MATCH_SCORES, prepareQuery } from './names';

/** The index: per key kind, the joined text and where each record starts in it. */
export type NameIndex = {
  readonly size: number;
  readonly texts: readonly [plain: string, folded: string, skeleton: string];
  /** Per kind, record start offsets, plus one past the end. */
  readonly starts: readonly [Int32Array, Int32Array, Int32Array];
};

const KINDS = [0, 1, 2] as const;

function joinKind(keys: readonly (readonly string[])[], kind: 0 | 1 | 2): { text: string; starts: Int32Array } {
  const starts = new Int32Array(keys.length + 1);
  const parts: string[] = [];
  let offset = 0;
  keys.forEach((recordKeys, index) => {
    const key = recordKeys[kind] ?? '';
    starts[index] = offset;
    parts.push(key);
    offset += key.length + 1;
  });
  starts[keys.length] = offset;
  return { text: parts.join('\n'), starts };
}

/** An index over records' search keys, in the order given (record i is position i). */
export function createNameIndex(keys: readonly (readonly string[])[]): NameIndex {
  const [plain, folded, skeleton] = KINDS.map((kind) => joinKind(keys, kind)) as [
    ReturnType<typeof joinKind>,
    ReturnType<typeof joinKind>,
    ReturnType<typeof joinKind>,
  ];
  return { size: keys.length, texts: [plain.text, folded.text, skeleton.text], starts: [plain.starts, folded.starts, skeleton.starts] };
}

// Counts per record fit a byte; longer queries are cut (no name has 255 parts).
const MAX_QUERY_TOKENS = 254;

/** NOTE: mutates `counts`. Raises the count of each record holding the needle from `round` to `round + 1`. */
function markNeedle(text: string, starts: Int32Array, needle: string, counts: Uint8Array, round: number): void {
  let record = 0;
  let at = text.indexOf(needle);
  while (at !== -1) {
    while ((starts[record + 1] ?? Infinity) <= at) record += 1;
    if (counts[record] === round) counts[record] = round + 1;
    // The rest of this record cannot add anything: jump to the next one.
    at = text.indexOf(needle, starts[record + 1] ?? text.length);
  }
}

/** NOTE: mutates `scores`. Gives `score` to unscored records that hold every needle group in one key kind. */
function scoreKind(index: NameIndex, scores: Uint8Array, kind: 0 | 1 | 2, groups: readonly (readonly string[])[], score: MatchScore) {
  const used = groups.slice(0, MAX_QUERY_TOKENS);
  if (used.length === 0) return;
  const counts = new Uint8Array(index.size);
  used.forEach((needles, round) => {
    for (const needle of needles) markNeedle(index.texts[kind], index.starts[kind], needle, counts, round);
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
