/**
 * Passphrases for passphrase bundles (security.md §6 item 23): words drawn uniformly from
 * the EFF large list with a cryptographic random source. Six words give 77 bits, which
 * with scrypt at 2^18 puts offline guessing far out of reach; people never choose their
 * own, because chosen passphrases are guessable.
 */
import { EFF_LARGE_WORDLIST } from './effWordList';

/** Fewest words in a generated passphrase. */
export const MIN_PASSPHRASE_WORDS = 6;
/** Most words offered. */
export const MAX_PASSPHRASE_WORDS = 12;

/** Fills the array with cryptographically random values, as crypto.getRandomValues does. */
export type RandomFill = (array: Uint32Array<ArrayBuffer>) => void;

const UINT32_RANGE = 2 ** 32;

/**
 * A uniformly random integer in [0, bound). Values from the top of the 32-bit range that
 * would make some results more likely than others (modulo bias) are drawn again.
 * @throws RangeError if bound is not an integer in [1, 2^32]
 */
export function uniformIndex(bound: number, fill: RandomFill): number {
  if (!Number.isInteger(bound) || bound < 1 || bound > UINT32_RANGE) throw new RangeError('uniformIndex: bad bound');
  const limit = UINT32_RANGE - (UINT32_RANGE % bound);
  const sample = new Uint32Array(1);
  for (;;) {
    fill(sample);
    const value = sample[0] ?? 0;
    if (value < limit) return value % bound;
  }
}

/**
 * A passphrase of `count` words separated by single spaces.
 * @param fill - the random source; crypto.getRandomValues in the app
 * @throws RangeError if count is outside MIN_PASSPHRASE_WORDS..MAX_PASSPHRASE_WORDS
 */
export function generatePassphrase(count: number, fill: RandomFill, words: readonly string[] = EFF_LARGE_WORDLIST): string {
  if (!Number.isInteger(count) || count < MIN_PASSPHRASE_WORDS || count > MAX_PASSPHRASE_WORDS) {
    throw new RangeError('generatePassphrase: word count out of range');
  }
  return Array.from({ length: count }, () => words[uniformIndex(words.length, fill)] ?? '').join(' ');
}

/** Bits of a passphrase of `count` words from a list of `listSize`. */
export function passphraseBits(count: number, listSize: number = EFF_LARGE_WORDLIST.length): number {
  return count * Math.log2(listSize);
}
