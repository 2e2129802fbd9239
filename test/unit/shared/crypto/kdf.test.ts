import { scrypt } from '@noble/hashes/scrypt.js';
import { describe, expect, it } from 'vitest';
import type { KdfParams } from '@shared/crypto/kdf';
import {
  calibrateLogN,
  KDF_CALIBRATION_MAX_LOG_N,
  deriveKey,
  KDF_MAX_LOG_N,
  KDF_MIN_LOG_N,
  KdfError,
  newKdfParams,
  parseKdfParams,
  pickLogN,
} from '@shared/crypto/kdf';
import { fromBase64url, toHex, utf8Encode } from '@shared/util/bytes';

/** Small, fast parameters: tests only. Stored parameters this weak are refused. */
const TEST_PARAMS: KdfParams = { alg: 'scrypt', logN: 10, r: 8, p: 1, saltB64: 'AAECAwQFBgcICQoLDA0ODw', dkLen: 32 };

async function kdfErrorCode(action: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await action();
  } catch (error) {
    if (error instanceof KdfError) return error.code;
    throw error;
  }
  return undefined;
}

describe('parseKdfParams', () => {
  it('accepts the OWASP floor and above', () => {
    for (const logN of [KDF_MIN_LOG_N, 18, KDF_MAX_LOG_N]) {
      expect(parseKdfParams({ ...TEST_PARAMS, logN }).logN).toBe(logN);
    }
  });

  it('refuses parameters below the floor as weak', () => {
    expect(() => parseKdfParams({ ...TEST_PARAMS, logN: 16 })).toThrow(expect.objectContaining({ code: 'weak-params' }));
    expect(() => parseKdfParams(TEST_PARAMS)).toThrow(expect.objectContaining({ code: 'weak-params' }));
  });

  it.each([
    ['logN above the maximum', { ...TEST_PARAMS, logN: KDF_MAX_LOG_N + 1 }],
    ['a fractional logN', { ...TEST_PARAMS, logN: 17.5 }],
    ['r below 8', { ...TEST_PARAMS, logN: 17, r: 1 }],
    ['p other than 1', { ...TEST_PARAMS, logN: 17, p: 0 }],
    ['another algorithm', { ...TEST_PARAMS, logN: 17, alg: 'pbkdf2' }],
    ['a short salt', { ...TEST_PARAMS, logN: 17, saltB64: 'AAEC' }],
    ['a padded salt', { ...TEST_PARAMS, logN: 17, saltB64: 'AAECAwQFBgcICQoLDA0ODw==' }],
    ['another key length', { ...TEST_PARAMS, logN: 17, dkLen: 16 }],
    ['an extra member', { ...TEST_PARAMS, logN: 17, extra: 1 }],
    ['not an object', 'scrypt'],
  ])('refuses %s', (_, value) => {
    expect(() => parseKdfParams(value)).toThrow(expect.objectContaining({ code: 'bad-params' }));
  });
});

describe('newKdfParams', () => {
  it('makes fresh 16-byte salts at the floor by default', () => {
    const a = newKdfParams();
    const b = newKdfParams(18);
    expect(a.logN).toBe(KDF_MIN_LOG_N);
    expect(b.logN).toBe(18);
    expect(fromBase64url(a.saltB64).length).toBe(16);
    expect(a.saltB64).not.toBe(b.saltB64);
  });

  it('never makes weak parameters', () => {
    expect(() => newKdfParams(16)).toThrow(expect.objectContaining({ code: 'weak-params' }));
  });
});

describe('deriveKey', () => {
  it('is scrypt over the NFC-normalised passphrase', async () => {
    const key = await deriveKey('pass phrase', TEST_PARAMS);
    const expected = scrypt(utf8Encode('pass phrase'), fromBase64url(TEST_PARAMS.saltB64), { N: 1024, r: 8, p: 1, dkLen: 32 });
    expect(toHex(key)).toBe(toHex(expected));
  });

  it('derives the same key from composed and decomposed spellings', async () => {
    const composed = await deriveKey('café حرية', TEST_PARAMS);
    const decomposed = await deriveKey('cafe\u0301 حرية', TEST_PARAMS);
    expect(toHex(composed)).toBe(toHex(decomposed));
    expect(toHex(composed)).not.toBe(toHex(await deriveKey('cafe حرية', TEST_PARAMS)));
  });

  it('reports progress', async () => {
    const seen: number[] = [];
    await deriveKey('x', TEST_PARAMS, (fraction) => seen.push(fraction));
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
  });

  it('refuses empty passphrases and malformed parameters', async () => {
    expect(await kdfErrorCode(() => deriveKey('', TEST_PARAMS))).toBe('bad-passphrase');
    expect(await kdfErrorCode(() => deriveKey('a\uD800', TEST_PARAMS))).toBe('bad-passphrase');
    expect(await kdfErrorCode(() => deriveKey('x', { ...TEST_PARAMS, logN: 23 }))).toBe('bad-params');
  });
});

describe('calibration', () => {
  it('picks the logN closest to the target, never below the floor', () => {
    expect(pickLogN(1000, 590, 17)).toBe(18);
    expect(pickLogN(1000, 300, 17)).toBe(19);
    expect(pickLogN(1000, 4000, 17)).toBe(KDF_MIN_LOG_N);
    expect(pickLogN(1000, 1, 17)).toBe(KDF_CALIBRATION_MAX_LOG_N);
  });

  it('prefers the stronger setting on a tie', () => {
    expect(pickLogN(1000, Math.SQRT1_2 * 1000, 17)).toBe(18);
  });

  it('measures once, at the floor', () => {
    const measured: number[] = [];
    const logN = calibrateLogN(1000, (n) => {
      measured.push(n);
      return 250;
    });
    expect(measured).toEqual([KDF_MIN_LOG_N]);
    expect(logN).toBe(19);
  });
});
