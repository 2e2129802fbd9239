import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  associatedDataFor,
  open,
  seal,
  SEAL_NONCE_BYTES,
  SEAL_OVERHEAD_BYTES,
  SEAL_VERSION,
  SealError,
} from '@shared/crypto/aead';
import { newDataKey } from '@shared/crypto/dataKey';
import { toHex, utf8Decode, utf8Encode } from '@shared/util/bytes';

const key = newDataKey();
const ad = associatedDataFor('pages', ['a'.repeat(64), 3], 1);

function sealErrorCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof SealError) return error.code;
    throw error;
  }
  return undefined;
}

describe('seal and open', () => {
  it('round-trips, with the documented layout', () => {
    const plaintext = utf8Encode('Amina Yusuf, admitted 2026-11-26');
    const sealed = seal(key, plaintext, ad);
    expect(sealed.length).toBe(plaintext.length + SEAL_OVERHEAD_BYTES);
    expect(sealed[0]).toBe(SEAL_VERSION);
    expect(utf8Decode(open(key, sealed, ad))).toBe('Amina Yusuf, admitted 2026-11-26');
  });

  it('uses a fresh nonce each time', () => {
    const a = seal(key, utf8Encode('same'), ad);
    const b = seal(key, utf8Encode('same'), ad);
    expect(toHex(a.subarray(1, 1 + SEAL_NONCE_BYTES))).not.toBe(toHex(b.subarray(1, 1 + SEAL_NONCE_BYTES)));
  });

  it('detects a change to any byte', () => {
    const sealed = seal(key, utf8Encode('register page'), ad);
    fc.assert(
      fc.property(fc.nat(sealed.length - 1), fc.integer({ min: 1, max: 255 }), (index, flip) => {
        const tampered = sealed.slice();
        tampered[index] = (tampered[index] ?? 0) ^ flip;
        const code = sealErrorCode(() => open(key, tampered, ad));
        return index === 0 ? code === 'bad-format' : code === 'tampered';
      }),
      { numRuns: 200 },
    );
  });

  it('fails with other associated data, another key or a truncated value', () => {
    const sealed = seal(key, utf8Encode('x'), ad);
    expect(sealErrorCode(() => open(key, sealed, associatedDataFor('pages', ['a'.repeat(64), 4], 1)))).toBe('tampered');
    expect(sealErrorCode(() => open(key, sealed, associatedDataFor('pages', ['a'.repeat(64), 3], 2)))).toBe('tampered');
    expect(sealErrorCode(() => open(newDataKey(), sealed, ad))).toBe('tampered');
    expect(sealErrorCode(() => open(key, sealed.subarray(0, SEAL_OVERHEAD_BYTES - 1), ad))).toBe('bad-format');
    expect(sealErrorCode(() => open(key.subarray(0, 16), sealed, ad))).toBe('wrong-key-or-data');
  });

  it('seals empty plaintexts', () => {
    expect(open(key, seal(key, new Uint8Array(0), ad), ad).length).toBe(0);
  });
});

describe('associatedDataFor', () => {
  it('is the canonical JSON of table, key and schema version', () => {
    expect(utf8Decode(associatedDataFor('tail', 42, 3))).toBe('{"ad":"habeas-seal/1","key":42,"schemaVersion":3,"table":"tail"}');
    expect(utf8Decode(associatedDataFor('pages', ['abc', 1], 1))).toBe(
      '{"ad":"habeas-seal/1","key":["abc",1],"schemaVersion":1,"table":"pages"}',
    );
  });

  it('distinguishes a string key from a number key', () => {
    expect(toHex(associatedDataFor('t', '1', 1))).not.toBe(toHex(associatedDataFor('t', 1, 1)));
  });

  it('refuses malformed inputs', () => {
    expect(() => associatedDataFor('', 1, 1)).toThrow(TypeError);
    expect(() => associatedDataFor('t', 1.5, 1)).toThrow(TypeError);
    expect(() => associatedDataFor('t', [], 1)).toThrow(TypeError);
    expect(() => associatedDataFor('t', 1, 0)).toThrow(TypeError);
  });
});
