/**
 * Search-as-you-type over the register: names in any script, register numbers and
 * document numbers (all part of a record's search keys, shared/custody/names.ts), ranked
 * exact > folded > skeleton, and a typed register number above all.
 */
import { searchNameIndex } from '@shared/custody/nameIndex';
import { MATCH_SCORES, prepareQuery } from '@shared/custody/names';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { formatRegisterNumber, parseRegisterNumber } from '@shared/custody/registerNumbers';
import { nameIndexOf } from './searchIndex';

/** Score of a record whose register number is the query exactly: above any name match. */
export const REGISTER_NUMBER_SCORE = MATCH_SCORES.exact + 1;
/** Highest score selectRows ranks. */
export const TOP_SCORE = REGISTER_NUMBER_SCORE;

// A series prefix and the digits of a number, as a register number is typed: "CRP-", "crp-0048".
const REGISTER_QUERY = /^\s*([A-Za-z0-9]{1,8})\s*-\s*(\d{0,8})\s*$/;

const labelPositions = new WeakMap<readonly CustodyRecord[], ReadonlyMap<string, number>>();

/** Where each register number is in the list, built the first time a number is typed. */
function positionOfLabel(records: readonly CustodyRecord[], label: string): number | undefined {
  let positions = labelPositions.get(records);
  if (positions === undefined) {
    positions = new Map(records.map((record, position) => [record.registerLabel, position]));
    labelPositions.set(records, positions);
  }
  return positions.get(label);
}

/**
 * A query shaped like a register number ("CRP-48") looks for the series and the digits in
 * the plain keys only: transliteration variants of a number would match nearly every
 * entry and cost a frame. The number itself, if it exists, comes first.
 */
function registerNumberScores(records: readonly CustodyRecord[], query: string): Uint8Array | undefined {
  const match = REGISTER_QUERY.exec(query);
  const prefix = match?.[1];
  if (prefix === undefined) return undefined;
  const plain = prepareQuery(query).plain;
  const scores = searchNameIndex(nameIndexOf(records), { plain, folded: [], skeletons: [] });
  const wanted = parseRegisterNumber(query);
  const exact = wanted === undefined ? undefined : positionOfLabel(records, formatRegisterNumber(wanted.prefix, wanted.number));
  if (exact !== undefined) scores[exact] = REGISTER_NUMBER_SCORE;
  return scores;
}

// Every search starts with one or two characters, which match most of a register and
// cost the most; their scores are kept per list of records (read-only from then on).
const SHORT_QUERY_CHARS = 2;
const shortQueries = new WeakMap<readonly CustodyRecord[], Map<string, Uint8Array>>();

function scoresFor(records: readonly CustodyRecord[], query: string): Uint8Array | null {
  const prepared = prepareQuery(query);
  if (prepared.plain.length === 0) return null;
  return registerNumberScores(records, query) ?? searchNameIndex(nameIndexOf(records), prepared);
}

/** Each record's match score for the query (0: no match), or null when the query is blank and everything matches. Read-only. */
export function searchRecords(records: readonly CustodyRecord[], query: string): Uint8Array | null {
  const trimmed = query.trim();
  if (trimmed.length > SHORT_QUERY_CHARS) return scoresFor(records, trimmed);
  let held = shortQueries.get(records);
  if (held === undefined) {
    held = new Map();
    shortQueries.set(records, held);
  }
  const cached = held.get(trimmed);
  if (cached !== undefined) return cached;
  const scores = scoresFor(records, trimmed);
  if (scores !== null) held.set(trimmed, scores);
  return scores;
}

/** The rows of the list: positions of records, best matches first, each group in the chosen order. */
export type RegisterRows = { readonly positions: Int32Array; readonly count: number };

/**
 * The positions to show: those the mask keeps (all when null) and the search matched
 * (all when null), grouped by score from best to worst, each group in `order` (read
 * backwards when descending). Two linear passes, no sort: this runs on every keystroke.
 */
export function selectRows(order: Int32Array, isDescending: boolean, mask: Uint8Array | null, scores: Uint8Array | null): RegisterRows {
  const total = order.length;
  const counts = new Int32Array(TOP_SCORE + 1);
  const at = (step: number) => order[isDescending ? total - 1 - step : step] ?? 0;
  for (let step = 0; step < total; step++) {
    const position = at(step);
    if (mask !== null && mask[position] === 0) continue;
    const score = scores === null ? TOP_SCORE : (scores[position] ?? 0);
    counts[score] = (counts[score] ?? 0) + 1;
  }
  // Best score first: the group of score s starts after every better group.
  const starts = new Int32Array(TOP_SCORE + 1);
  let count = 0;
  for (let score = TOP_SCORE; score >= 1; score--) {
    starts[score] = count;
    count += counts[score] ?? 0;
  }
  const positions = new Int32Array(count);
  for (let step = 0; step < total; step++) {
    const position = at(step);
    if (mask !== null && mask[position] === 0) continue;
    const score = scores === null ? TOP_SCORE : (scores[position] ?? 0);
    if (score === 0) continue;
    const slot = starts[score] ?? 0;
    positions[slot] = position;
    starts[score] = slot + 1;
  }
  return { positions, count };
}
