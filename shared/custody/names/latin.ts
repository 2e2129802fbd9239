/**
 * Latin-script normalisation for search: case and diacritics, then transliteration
 * variants of Arabic names folded together (Mohammed/Muhammad/Mohamed, Abdel/Abdul/Abd al-,
 * El-/Al-, Hussein/Husain/Husayn, Ou/U, kh/x, q/k/g, dh/z/th, sh/ch …), and the consonant
 * skeleton shared with Arabic script (arabic.ts).
 */

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  'ı': 'i', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'đ': 'd', 'ł': 'l', 'þ': 'th', 'ð': 'dh',
};
// Apostrophes and half rings stand for ayn or hamza in transliteration; they vanish.
const APOSTROPHES = /['’‘`ʿʾʼ]/g;
const COMBINING_MARKS = /\p{M}/gu;

// Precomposed Latin letters with marks, or combining marks already apart.
const NEEDS_DECOMPOSITION = /[\u00C0-\u024F\u1E00-\u1EFF]|\p{M}/u;
const SPECIAL = /[ıøæœßđłþð]/g;

/** Lowercase Latin without diacritics or apostrophes; anything else stays for the caller to split. */
export function plainLatin(text: string): string {
  // Most names need neither decomposition nor special letters: skip the costly steps then.
  const decomposed = NEEDS_DECOMPOSITION.test(text) ? text.normalize('NFD').replace(COMBINING_MARKS, '') : text;
  const lower = decomposed.toLowerCase().replace(APOSTROPHES, '');
  return lower.replace(SPECIAL, (char) => SPECIAL_LETTERS[char] ?? char);
}

// The Arabic article as transliterated, assimilated or not (al-, el-, ad-Din, ash-Sham …).
const ARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ul', 'il', 'ad', 'ed', 'an', 'en', 'ar', 'er', 'as', 'es', 'ash', 'esh', 'at', 'et', 'az', 'ez', 'ech',
]);
const SON_OF: ReadonlySet<string> = new Set(['bin', 'ben', 'ibn', 'ebn', 'bn']);
const ABD_WORDS: ReadonlySet<string> = new Set(['abd', 'abdel', 'abdul', 'abdal', 'abdol', 'abdil', 'abdu', 'abde']);
// Abd with its article vowel written into one word: Abdelaziz, Abdulrahman, Abderrahmane.
const ABD_PREFIX = /^abd(?:el|ul|al|ol|il|u|e|a)?(?=[a-z]{2})/;

/**
 * Name tokens folded for matching: articles dropped (unless last, which may be half
 * typed), "bin/ben/ibn" unified, and Abd joined to the name it qualifies.
 */
export function foldLatinTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] ?? '';
    if (ARTICLES.has(token) && i < tokens.length - 1) continue;
    if (SON_OF.has(token)) token = 'bin';
    if (ABD_WORDS.has(token) && i < tokens.length - 1) {
      let next = i + 1;
      if (ARTICLES.has(tokens[next] ?? '') && next < tokens.length - 1) next += 1;
      token = `abd${tokens[next] ?? ''}`;
      i = next;
    } else {
      token = token.replace(ABD_PREFIX, 'abd');
    }
    out.push(token);
  }
  return out;
}

type Digraph = { readonly mapped: string; readonly length: number };
const digraph = (mapped: string, length: number): Digraph => ({ mapped, length });
const SH3 = digraph('c', 3);
const SH2 = digraph('c', 2);
const KH = digraph('x', 2);
const GH = digraph('k', 2);
const DH = digraph('s', 2);
const PH = digraph('f', 2);
const DJ = digraph('j', 2);
const CK = digraph('k', 2);
const U2 = digraph('u', 2);
const I2 = digraph('i', 2);
const SINGLE: Readonly<Record<string, string>> = {
  a: 'a', e: 'a', o: 'u', u: 'u', i: 'i', y: 'i', q: 'k', c: 'k', g: 'k', z: 's', v: 'f', p: 'b',
};
const VOWEL_CLASSES: ReadonlySet<string> = new Set(['a', 'i', 'u']);

// th, dh, sh and kh may also be two letters across a syllable: Fat-hi, Mah-di, Is-haq, Mus-hin.
/** How to fold: a word-initial j before a vowel as y, and ambiguous digraphs as two letters. */
export type FoldOptions = { initialJAsY: boolean; splitDigraphs: boolean };

/** The digraph (sch, tch, sh, ch, kh, gh, dh, th, ph, dj, ck, ou, oo, ee) starting at `at`, if any. */
function digraphAt(token: string, at: number, splitDigraphs: boolean): Digraph | undefined {
  const next = token[at + 1];
  switch (token.charAt(at)) {
    case 's':
      if (next === 'c' && token[at + 2] === 'h') return SH3;
      return next === 'h' && !splitDigraphs ? SH2 : undefined;
    case 't':
      if (next === 'c' && token[at + 2] === 'h') return SH3;
      return next === 'h' && !splitDigraphs ? DH : undefined;
    case 'c':
      return next === 'h' ? SH2 : next === 'k' ? CK : undefined;
    case 'k':
      return next === 'h' && !splitDigraphs ? KH : undefined;
    case 'g':
      return next === 'h' ? GH : undefined;
    case 'd':
      return next === 'h' ? (splitDigraphs ? undefined : DH) : next === 'j' ? DJ : undefined;
    case 'p':
      return next === 'h' ? PH : undefined;
    case 'o':
      return next === 'u' || next === 'o' ? U2 : undefined;
    case 'e':
      return next === 'e' ? I2 : undefined;
    default:
      return undefined;
  }
}

/**
 * One token folded to sound classes: vowels to a/i/u, consonants to the classes shared
 * with Arabic, doubled letters once, a word-final h after a vowel dropped. With
 * `initialJAsY` Jusuf = Yusuf = Iusuf.
 */
export function foldLatinToken(token: string, options: FoldOptions): string {
  const { initialJAsY, splitDigraphs } = options;
  let out = '';
  let i = 0;
  while (i < token.length) {
    const digraph = digraphAt(token, i, splitDigraphs);
    let mapped: string;
    if (digraph) {
      mapped = digraph.mapped;
      i += digraph.length;
    } else {
      const char = token[i] ?? '';
      mapped = i === 0 && char === 'j' && initialJAsY && /[aeiou]/.test(token[1] ?? '') ? 'i' : (SINGLE[char] ?? char);
      i += 1;
    }
    if (!out.endsWith(mapped)) out += mapped;
  }
  return out.length > 2 && out.endsWith('h') && VOWEL_CLASSES.has(out[out.length - 2] ?? '') ? out.slice(0, -1) : out;
}

/** The consonant skeleton of a folded token (folded without `initialJAsY`): vowel classes, w and a final h dropped. */
export function latinSkeleton(folded: string): string {
  let out = '';
  let last = '';
  const body = folded.endsWith('h') ? folded.slice(0, -1) : folded;
  for (const char of body) {
    if (VOWEL_CLASSES.has(char) || char === 'w') continue;
    if (char !== last) out += char;
    last = char;
  }
  return out;
}
