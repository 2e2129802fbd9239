import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seal } from '@shared/crypto/aead';
import { newDataKey } from '@shared/crypto/dataKey';
import { concatBytes } from '@shared/util/bytes';
import {
  BULK_SEAL_VERSION,
  PREFIXED_BULK_SEAL_VERSION,
  bulkOpen,
  bulkOpenPrefixed,
  bulkSeal,
  bulkSealKey,
  isPrefixedBulkSealed,
} from '../../../../renderer/ledger/bulkSeal';

const AD = new TextEncoder().encode('pages/ledger/1');
const OTHER_AD = new TextEncoder().encode('pages/ledger/2');

/** A value as the earlier version sealed it: 0x02 ‖ nonce ‖ ciphertext ‖ tag, version 2 bound in the associated data. */
async function prefixedSeal(key: CryptoKey, plaintext: Uint8Array, nonce: Uint8Array): Promise<Uint8Array> {
  const additionalData = concatBytes(Uint8Array.of(PREFIXED_BULK_SEAL_VERSION), AD) as Uint8Array<ArrayBuffer>;
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce as Uint8Array<ArrayBuffer>, additionalData }, key, plaintext as Uint8Array<ArrayBuffer>);
  return concatBytes(Uint8Array.of(PREFIXED_BULK_SEAL_VERSION), nonce, new Uint8Array(sealed));
}

describe('bulk sealing of imported pages (AES-256-GCM under a key derived from the data key)', () => {
  it('opens what it sealed, for any plaintext, with the nonce kept beside the sealed bytes', async () => {
    const key = await bulkSealKey(newDataKey());
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (plaintext) => {
        const value = await bulkSeal(key, plaintext, AD);
        expect(value.nonce).toHaveLength(12);
        expect(value.sealed).toHaveLength(plaintext.length + 16);
        expect(await bulkOpen(key, value, AD)).toEqual(plaintext);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses any flipped bit of the nonce or the sealed bytes', async () => {
    const key = await bulkSealKey(newDataKey());
    const value = await bulkSeal(key, new TextEncoder().encode('{"name":"canary"}\n'), AD);
    const whole = concatBytes(value.nonce, value.sealed);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: whole.length * 8 - 1 }), async (bit) => {
        const altered = whole.slice();
        altered[bit >> 3] = (altered[bit >> 3] ?? 0) ^ (1 << (bit & 7));
        const parts = { nonce: altered.subarray(0, 12), sealed: altered.subarray(12) };
        await expect(bulkOpen(key, parts, AD)).rejects.toMatchObject({ name: 'SealError' });
      }),
      { numRuns: 100 },
    );
  });

  it('refuses another associated data (a body moved to another row) and another data key', async () => {
    const dataKey = newDataKey();
    const value = await bulkSeal(await bulkSealKey(dataKey), Uint8Array.of(1, 2, 3), AD);
    await expect(bulkOpen(await bulkSealKey(dataKey), value, OTHER_AD)).rejects.toMatchObject({ code: 'tampered' });
    await expect(bulkOpen(await bulkSealKey(newDataKey()), value, AD)).rejects.toMatchObject({ code: 'tampered' });
  });

  it('does not take a value sealed with the record cipher, nor parts of the wrong size', async () => {
    const dataKey = newDataKey();
    const key = await bulkSealKey(dataKey);
    const recordSealed = seal(dataKey, Uint8Array.of(1, 2, 3), AD);
    expect(isPrefixedBulkSealed(recordSealed)).toBe(false);
    await expect(bulkOpenPrefixed(key, recordSealed, AD)).rejects.toMatchObject({ code: 'bad-format' });
    await expect(bulkOpen(key, { nonce: new Uint8Array(12), sealed: recordSealed }, AD)).rejects.toMatchObject({ code: 'tampered' });
    await expect(bulkOpen(key, { nonce: new Uint8Array(11), sealed: new Uint8Array(32) }, AD)).rejects.toMatchObject({ code: 'bad-format' });
    await expect(bulkOpen(key, { nonce: new Uint8Array(12), sealed: new Uint8Array(15) }, AD)).rejects.toMatchObject({ code: 'bad-format' });
    await expect(bulkOpenPrefixed(key, Uint8Array.of(PREFIXED_BULK_SEAL_VERSION, 0, 0), AD)).rejects.toMatchObject({ code: 'bad-format' });
  });

  it('still opens values sealed by the earlier version with their nonce in front, and neither passes for the other', async () => {
    const key = await bulkSealKey(newDataKey());
    const nonce = crypto.getRandomValues(new Uint8Array(12));
    const legacy = await prefixedSeal(key, Uint8Array.of(4, 5, 6), nonce);
    expect(isPrefixedBulkSealed(legacy)).toBe(true);
    expect(await bulkOpenPrefixed(key, legacy, AD)).toEqual(Uint8Array.of(4, 5, 6));
    await expect(bulkOpen(key, { nonce, sealed: legacy.subarray(13) }, AD)).rejects.toMatchObject({ code: 'tampered' });
    const current = await bulkSeal(key, Uint8Array.of(4, 5, 6), AD);
    const relabelled = concatBytes(Uint8Array.of(PREFIXED_BULK_SEAL_VERSION), current.nonce, current.sealed);
    await expect(bulkOpenPrefixed(key, relabelled, AD)).rejects.toMatchObject({ code: 'tampered' });
    expect(BULK_SEAL_VERSION).not.toBe(PREFIXED_BULK_SEAL_VERSION);
  });

  it('derives a key that does not open with the data key itself (the ciphers never share a key)', async () => {
    const dataKey = newDataKey();
    const value = await bulkSeal(await bulkSealKey(dataKey), Uint8Array.of(9), AD);
    const raw = await crypto.subtle.importKey('raw', dataKey as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['decrypt']);
    await expect(bulkOpen(raw, value, AD)).rejects.toMatchObject({ code: 'tampered' });
  });
});
