import { describe, expect, it } from 'vitest';
import { generatePassphrase, MIN_PASSPHRASE_WORDS, passphraseBits, uniformIndex } from '@shared/exchange/diceware';
import { EFF_LARGE_WORDLIST } from '@shared/exchange/effWordList';

/** A random source that returns the given values in turn. */
function scripted(values: readonly number[]) {
  let next = 0;
  return (array: Uint32Array<ArrayBuffer>): void => {
    for (let index = 0; index < array.length; index++) array[index] = values[next++ % values.length] ?? 0;
  };
}

const realRandom = (array: Uint32Array<ArrayBuffer>): void => {
  crypto.getRandomValues(array);
};

describe('passphrases for passphrase bundles', () => {
  it('uses the 7,776 distinct words of the EFF large list', () => {
    expect(EFF_LARGE_WORDLIST).toHaveLength(7776);
    expect(new Set(EFF_LARGE_WORDLIST).size).toBe(7776);
    expect(EFF_LARGE_WORDLIST.every((word) => /^[a-z]+(?:-[a-z]+)?$/.test(word))).toBe(true);
    expect([EFF_LARGE_WORDLIST[0], EFF_LARGE_WORDLIST[7775]]).toEqual(['abacus', 'zoom']);
  });

  it('draws at least six words, for more than 77 bits', () => {
    const phrase = generatePassphrase(MIN_PASSPHRASE_WORDS, realRandom);
    expect(phrase.split(' ')).toHaveLength(6);
    expect(phrase.split(' ').every((word) => EFF_LARGE_WORDLIST.includes(word))).toBe(true);
    expect(passphraseBits(MIN_PASSPHRASE_WORDS)).toBeGreaterThan(77);
    expect(() => generatePassphrase(5, realRandom)).toThrow(RangeError);
  });

  it('draws again values that would bias the result (rejection sampling)', () => {
    const limit = 2 ** 32 - (2 ** 32 % 7776);
    // The first two values are in the biased tail and must be skipped.
    expect(uniformIndex(7776, scripted([limit, 2 ** 32 - 1, 7777]))).toBe(1);
    expect(uniformIndex(7776, scripted([limit - 1]))).toBe((limit - 1) % 7776);
  });

  it('spreads draws evenly over the list', () => {
    const counts = new Array<number>(6).fill(0);
    for (let draw = 0; draw < 6000; draw++) counts[uniformIndex(6, realRandom)]! += 1;
    // Each of six outcomes expects 1000; 5 standard deviations is about ±145.
    expect(counts.every((count) => count > 850 && count < 1150)).toBe(true);
  });
});
