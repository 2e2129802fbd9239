import { describe, expect, it } from 'vitest';
import { sha256, sha256Hex } from '@shared/crypto/hash';
import { toHex, utf8Encode } from '@shared/util/bytes';

describe('sha256', () => {
  it('matches the FIPS 180-2 "abc" vector', () => {
    const expected = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(toHex(sha256(utf8Encode('abc')))).toBe(expected);
    expect(sha256Hex('abc')).toBe(expected);
    expect(sha256Hex(utf8Encode('abc'))).toBe(expected);
  });

  it('hashes strings as UTF-8', () => {
    expect(sha256Hex('é')).toBe(sha256Hex(Uint8Array.of(0xc3, 0xa9)));
  });
});
