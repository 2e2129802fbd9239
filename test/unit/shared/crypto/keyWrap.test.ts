import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_KEY_BYTES, newDataKey } from '@shared/crypto/dataKey';
import type { KdfParams } from '@shared/crypto/kdf';
import { deriveKey, KDF_MIN_LOG_N, newKdfParams } from '@shared/crypto/kdf';
import type { WrappedKey } from '@shared/crypto/keyWrap';
import { KeyWrapError, unwrapKey, unwrapWithPassphrase, wrapKey, wrapWithPassphrase } from '@shared/crypto/keyWrap';
import { generateRecoveryCode, recoveryCodeSecret } from '@shared/crypto/recoveryCode';
import { toHex } from '@shared/util/bytes';

const TEST_PARAMS: KdfParams = { alg: 'scrypt', logN: 10, r: 8, p: 1, saltB64: 'AAECAwQFBgcICQoLDA0ODw', dkLen: 32 };

async function wrapErrorCode(action: () => unknown): Promise<string | undefined> {
  try {
    await action();
  } catch (error) {
    if (error instanceof KeyWrapError) return error.code;
    throw error;
  }
  return undefined;
}

describe('wrapKey / unwrapKey', () => {
  it('round-trips under the same key and label only', async () => {
    const kek = await deriveKey('correct horse', TEST_PARAMS);
    const dataKey = newDataKey();
    const wrapped = wrapKey(kek, dataKey, 'user:0190b6a0-0000-7000-8000-000000000001');
    expect(toHex(unwrapKey(kek, wrapped, 'user:0190b6a0-0000-7000-8000-000000000001'))).toBe(toHex(dataKey));
    expect(await wrapErrorCode(() => unwrapKey(kek, wrapped, 'recovery'))).toBe('wrong-key');
    expect(await wrapErrorCode(() => unwrapKey(newDataKey(), wrapped, 'user:0190b6a0-0000-7000-8000-000000000001'))).toBe(
      'wrong-key',
    );
    expect(await wrapErrorCode(() => unwrapKey(kek, wrapped.subarray(0, 10), 'recovery'))).toBe('bad-format');
  });

  it('wraps only data keys', () => {
    expect(() => wrapKey(newDataKey(), new Uint8Array(DATA_KEY_BYTES - 1), 'recovery')).toThrow(TypeError);
    expect(() => wrapKey(newDataKey(), newDataKey(), '')).toThrow(TypeError);
  });
});

// One real derivation per call at the floor (about 0.6 s each): the floor cannot be lowered.
describe('wrapWithPassphrase / unwrapWithPassphrase', () => {
  const dataKey = newDataKey();
  let wrapped: WrappedKey;
  beforeAll(async () => {
    wrapped = await wrapWithPassphrase('  ein sehr geheimer Satz  ', dataKey, 'user:u1');
  });

  it('stores its parameters at or above the floor', () => {
    expect(wrapped.v).toBe(1);
    expect(wrapped.kdf.logN).toBeGreaterThanOrEqual(KDF_MIN_LOG_N);
  });

  it('round-trips and says "wrong passphrase" otherwise, changing nothing', async () => {
    const before = JSON.stringify(wrapped);
    const [right, wrong] = await Promise.all([
      unwrapWithPassphrase('  ein sehr geheimer Satz  ', wrapped, 'user:u1'),
      wrapErrorCode(() => unwrapWithPassphrase('ein sehr geheimer Satz', wrapped, 'user:u1')),
    ]);
    expect(toHex(right)).toBe(toHex(dataKey));
    expect(wrong).toBe('wrong-passphrase');
    expect(JSON.stringify(wrapped)).toBe(before);
  });

  it('refuses a record whose KDF cost was lowered, without deriving', async () => {
    const weakened = { ...wrapped, kdf: { ...wrapped.kdf, logN: 10 } };
    expect(await wrapErrorCode(() => unwrapWithPassphrase('x', weakened, 'user:u1'))).toBe('weak-params');
  });

  it.each([
    ['not an object', null],
    ['an unknown version', { v: 2 }],
    ['an extra member', { v: 1, kdf: TEST_PARAMS, sealedB64: 'AA', extra: true }],
    ['malformed KDF parameters', { v: 1, kdf: { alg: 'scrypt' }, sealedB64: 'AA' }],
  ])('refuses %s as bad-format', async (_, record) => {
    expect(await wrapErrorCode(() => unwrapWithPassphrase('x', record, 'user:u1'))).toBe('bad-format');
  });

  it('an empty passphrase is simply wrong', async () => {
    expect(await wrapErrorCode(() => unwrapWithPassphrase('', wrapped, 'user:u1'))).toBe('wrong-passphrase');
  });

  it('never writes a weak wrap', async () => {
    await expect(wrapWithPassphrase('x', dataKey, 'user:u1', TEST_PARAMS)).rejects.toMatchObject({ code: 'weak-params' });
  });
});

describe('recovery code wrap', () => {
  it('opens with any accepted spelling of the code', async () => {
    const code = generateRecoveryCode();
    const dataKey = newDataKey();
    const kek = await deriveKey(recoveryCodeSecret(code), TEST_PARAMS);
    const wrapped = wrapKey(kek, dataKey, 'recovery');
    const retyped = code.toLowerCase().replaceAll('-', ' ');
    const kekAgain = await deriveKey(recoveryCodeSecret(retyped), TEST_PARAMS);
    expect(toHex(unwrapKey(kekAgain, wrapped, 'recovery'))).toBe(toHex(dataKey));
    expect(newKdfParams().saltB64).not.toBe(newKdfParams().saltB64);
  });
});
