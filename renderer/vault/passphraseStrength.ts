/**
 * A small passphrase strength estimate, in the spirit of zxcvbn without its dictionaries
 * (no new dependency): the passphrase is cut into the cheapest pieces an attacker would
 * guess — common words and the person's own names, runs of one character, sequences such
 * as `1234` or `qwerty`, and repeats of an earlier stretch — and the bits of each piece
 * are summed; anything else costs the bits of its character set. It errs on the
 * generous side for unusual words it does not know, so the length minimum stays the rule
 * that matters most.
 */

/** Fewest characters (Unicode code points, after NFC) a passphrase may have. */
export const PASSPHRASE_MIN_CHARS = 12;
/** Levels of the meter, weakest first. */
export const STRENGTH_LEVELS = ['very-weak', 'weak', 'fair', 'good', 'strong'] as const;
export type StrengthLevel = (typeof STRENGTH_LEVELS)[number];
/** Lowest level accepted for a new passphrase. */
export const MIN_ACCEPTED_LEVEL: StrengthLevel = 'fair';

const LEVEL_MIN_BITS = [0, 30, 48, 64, 80] as const;
const MIN_PATTERN_CHARS = 3;

export type PassphraseProblem = 'too-short' | 'common-word' | 'personal-word' | 'repeated' | 'sequence';

export type PassphraseAssessment = {
  length: number;
  bits: number;
  level: StrengthLevel;
  /** The level as a number, 0 (very weak) to 4 (strong), for the meter. */
  score: number;
  problems: PassphraseProblem[];
  isAcceptable: boolean;
};

/** Words tried first by anyone guessing here: English, French and Arabic, and this app's own vocabulary. */
const COMMON_WORDS = [
  'password', 'passphrase', 'motdepasse', 'admin', 'administrator', 'administrateur', 'habeas', 'prison', 'police',
  'detention', 'détention', 'register', 'registre', 'registrar', 'welcome', 'bienvenue', 'letmein', 'iloveyou',
  'jetaime', 'secret', 'monkey', 'dragon', 'football', 'soleil', 'bonjour', 'salut', 'master', 'login', 'user',
  'test', 'changeme', 'default', 'liberty', 'freedom', 'liberté', 'sunshine', 'princess', 'azerty', 'qwerty',
  'مرحبا', 'سلام', 'كلمة', 'السر', 'كلمةالسر', 'مدير', 'سجن', 'شرطة', 'الله', 'حرية', 'تسجيل',
];
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'azertyuiop', 'qsdfghjklm', 'wxcvbn', '1234567890', 'ضصثقفغعهخحجد', 'شسيبلاتنمكط'];

type Piece = { length: number; bits: number; problem?: PassphraseProblem };

function poolBits(chars: readonly string[]): number {
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[\p{P}\p{S}\p{Zs}]/u];
  const sizes = [26, 26, 10, 33];
  let pool = 0;
  classes.forEach((pattern, index) => {
    if (chars.some((char) => pattern.test(char) && /[\p{ASCII}]/u.test(char))) pool += sizes[index] ?? 0;
  });
  if (chars.some((char) => !/[\p{ASCII}]/u.test(char))) pool += 60;
  return Math.log2(Math.max(pool, 2));
}

function wordAt(lower: readonly string[], at: number, words: readonly string[]): string | undefined {
  const rest = lower.slice(at).join('');
  return words.filter((word) => rest.startsWith(word)).sort((a, b) => b.length - a.length)[0];
}

function runLength(chars: readonly string[], at: number, isNext: (previous: string, next: string) => boolean): number {
  let end = at + 1;
  while (end < chars.length && isNext(chars[end - 1] ?? '', chars[end] ?? '')) end += 1;
  return end - at;
}

function isSequenceStep(previous: string, next: string): boolean {
  const delta = (next.codePointAt(0) ?? 0) - (previous.codePointAt(0) ?? 0);
  if (Math.abs(delta) === 1) return true;
  return KEYBOARD_ROWS.some((row) => row.includes(previous + next) || row.includes(next + previous));
}

function repeatAt(lower: readonly string[], at: number): number {
  const before = lower.slice(0, at).join('');
  let length = 0;
  while (at + length < lower.length && before.includes(lower.slice(at, at + length + 1).join(''))) length += 1;
  return length;
}

function pieceAt(lower: readonly string[], at: number, personal: readonly string[], charBits: number): Piece {
  const own = wordAt(lower, at, personal);
  if (own !== undefined) return { length: Array.from(own).length, bits: Math.log2(personal.length + 1) + 1, problem: 'personal-word' };
  const word = wordAt(lower, at, COMMON_WORDS);
  if (word !== undefined) return { length: Array.from(word).length, bits: Math.log2(COMMON_WORDS.length) + 1, problem: 'common-word' };
  const same = runLength(lower, at, (previous, next) => previous === next);
  if (same >= MIN_PATTERN_CHARS) return { length: same, bits: charBits + Math.log2(same), problem: 'repeated' };
  const sequence = runLength(lower, at, isSequenceStep);
  if (sequence >= MIN_PATTERN_CHARS) return { length: sequence, bits: charBits + Math.log2(sequence) + 1, problem: 'sequence' };
  const repeat = repeatAt(lower, at);
  if (repeat >= MIN_PATTERN_CHARS) return { length: repeat, bits: Math.log2(at * repeat), problem: 'repeated' };
  return { length: 1, bits: charBits };
}

function levelOf(bits: number): number {
  let level = 0;
  LEVEL_MIN_BITS.forEach((minBits, index) => {
    if (bits >= minBits) level = index;
  });
  return level;
}

/** Words of the person's own context (their name, the facility's) that a guesser would try. */
function personalWords(context: readonly string[]): string[] {
  const words = context.flatMap((text) => text.normalize('NFC').toLowerCase().split(/[\s\p{P}]+/u));
  return [...new Set(words.filter((word) => Array.from(word).length >= MIN_PATTERN_CHARS))];
}

/**
 * How strong the passphrase is, and what makes it weak.
 * @param context - the person's name, the facility's name and the like
 */
export function assessPassphrase(passphrase: string, context: readonly string[] = []): PassphraseAssessment {
  const chars = Array.from(passphrase.normalize('NFC'));
  const lower = chars.map((char) => char.toLowerCase());
  const charBits = poolBits(chars);
  const personal = personalWords(context);
  const problems = new Set<PassphraseProblem>();
  let bits = 0;
  for (let at = 0; at < lower.length; ) {
    const piece = pieceAt(lower, at, personal, charBits);
    bits += piece.bits;
    if (piece.problem !== undefined) problems.add(piece.problem);
    at += piece.length;
  }
  const isTooShort = chars.length < PASSPHRASE_MIN_CHARS;
  if (isTooShort) problems.add('too-short');
  // A passphrase that will be refused for its length never shows as good enough.
  const score = isTooShort ? Math.min(levelOf(bits), 1) : levelOf(bits);
  const level = STRENGTH_LEVELS[score] ?? 'very-weak';
  const isAcceptable = !isTooShort && score >= STRENGTH_LEVELS.indexOf(MIN_ACCEPTED_LEVEL);
  return { length: chars.length, bits: Math.round(bits), level, score, problems: [...problems], isAcceptable };
}
