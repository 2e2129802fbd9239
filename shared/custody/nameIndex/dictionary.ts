/**
 * The distinct tokens of one kind of search key, each with a stable id, and the text
 * they are searched in. Tokens only ever join a dictionary: one that no record holds any
 * more simply has no records in the next index.
 */

/** A growing set of distinct tokens. */
export type Dictionary = {
  readonly tokens: readonly string[];
  /** The ids of a key's tokens (space-separated), each once, adding new tokens to the dictionary. */
  readonly idsOf: (key: string) => Int32Array;
};

/** The first `count` tokens joined for searching: each preceded by a newline, with where each one starts. */
export type DictionaryText = {
  readonly text: string;
  readonly count: number;
  readonly tokens: readonly string[];
  /** Offset of each token's first character, plus one entry past the end. */
  readonly tokenStarts: Int32Array;
};

export function createDictionary(): Dictionary {
  const ids = new Map<string, number>();
  const tokens: string[] = [];
  return {
    tokens,
    idsOf: (key) => {
      const found: number[] = [];
      for (const token of key.split(' ')) {
        if (token === '') continue;
        let id = ids.get(token);
        if (id === undefined) {
          id = tokens.length;
          ids.set(token, id);
          tokens.push(token);
        }
        if (!found.includes(id)) found.push(id);
      }
      return Int32Array.from(found);
    },
  };
}

const texts = new WeakMap<Dictionary, DictionaryText>();

/** The dictionary's searchable text, rebuilt only when tokens were added since it was last built. */
export function dictionaryText(dictionary: Dictionary): DictionaryText {
  const { tokens } = dictionary;
  const held = texts.get(dictionary);
  if (held?.count === tokens.length) return held;
  const tokenStarts = new Int32Array(tokens.length + 1);
  let offset = 1;
  tokens.forEach((token, id) => {
    tokenStarts[id] = offset;
    offset += token.length + 1;
  });
  tokenStarts[tokens.length] = offset;
  const built = { text: `\n${tokens.join('\n')}`, count: tokens.length, tokens, tokenStarts };
  texts.set(dictionary, built);
  return built;
}

// Restarting indexOf after each hit costs several times one test of a token. Where hits
// come this close together (a token in every few: "0" is in every register number), the
// rest of the dictionary is tested token by token; where they are sparse (a letter found
// among names, then thousands of number tokens without it), indexOf skips ahead natively.
const MIN_HITS_TO_JUDGE = 256;
const DENSE_TOKENS_PER_HIT = 4;

/** Calls `visit` with the id of each token that contains the needle (or starts with it), in id order. */
export function forEachMatchingToken(dictionary: DictionaryText, needle: string, isPrefix: boolean, visit: (token: number) => void): void {
  const { text, count, tokens, tokenStarts } = dictionary;
  const pattern = isPrefix ? `\n${needle}` : needle;
  let token = 0;
  let hits = 0;
  let isDense = false;
  let at = text.indexOf(pattern);
  while (at !== -1 && !isDense) {
    const position = isPrefix ? at + 1 : at;
    while ((tokenStarts[token + 1] ?? Infinity) <= position) token += 1;
    visit(token);
    hits += 1;
    token += 1;
    isDense = hits >= MIN_HITS_TO_JUDGE && token <= hits * DENSE_TOKENS_PER_HIT;
    // The rest of the token found cannot add anything: go on from the next one.
    at = token < count ? text.indexOf(pattern, (tokenStarts[token] ?? text.length) - (isPrefix ? 1 : 0)) : -1;
  }
  if (at === -1) return;
  for (; token < count; token++) {
    const candidate = tokens[token] ?? '';
    if (isPrefix ? candidate.startsWith(needle) : candidate.includes(needle)) visit(token);
  }
}
