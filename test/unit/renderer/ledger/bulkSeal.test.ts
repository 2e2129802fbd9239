import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seal } from '@shared/crypto/aead';
import { newDataKey } from '@shared/crypto/dataKey';
import { BULK_SEAL_VERSION, bulkOpen, bulkSeal, bulkSealKey, isBulkSealed } from '../../../../renderer/ledger/bulkSeal';

const AD = new TextEncoder().encode('pages/ledger/1');
const OTHER_AD = new TextEncoder().encode('pages/ledger/2');

describe('bulk sealing of imported pages (AES-256-GCM under a key derived from the data key)', () => {
  it('opens what it sealed, for any plaintext', async () => {
    const key = await bulkSealKey(newDataKey());
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (plaintext) => {
        const sealed = await bulkSeal(key, plaintext, AD);
        expect(isBulkSealed(sealed)).toBe(true);
        expect(await bulkOpen(key, sealed, AD)).toEqual(plaintext);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses any flipped bit, including the version byte and the nonce', async () => {
    const key = await bulkSealKey(newDataKey());
    const sealed = await bulkSeal(key, new TextEncoder().encode('{"name":"canary"}\n'), AD);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: sealed.length * 8 - 1 }), async (bit) => {
        const altered = sealed.slice();
        altered[bit >> 3] = (altered[bit >> 3] ?? 0) ^ (1 << (bit & 7));
        await expect(bulkOpen(key, altered, AD)).rejects.toMatchObject({ name: 'SealError' });
      }),
      { numRuns: 100 },
    );
  });

  it('refuses another associated data (a body moved to another row) and another data key', async () => {
    const dataKey = newDataKey();
    const sealed = await bulkSeal(await bulkSealKey(dataKey), Uint8Array.of(1, 2, 3), AD);
    await expect(bulkOpen(await bulkSealKey(dataKey), sealed, OTHER_AD)).rejects.toMatchObject({ code: 'tampered' });
    await expect(bulkOpen(await bulkSealKey(newDataKey()), sealed, AD)).rejects.toMatchObject({ code: 'tampered' });
  });

  it('does not take a value sealed with the record cipher, nor a truncated one', async () => {
    const dataKey = newDataKey();
    const key = await bulkSealKey(dataKey);
    const recordSealed = seal(dataKey, Uint8Array.of(1, 2, 3), AD);
    expect(isBulkSealed(recordSealed)).toBe(false);
    await expect(bulkOpen(key, recordSealed, AD)).rejects.toMatchObject({ code: 'bad-format' });
    await expect(bulkOpen(key, Uint8Array.of(BULK_SEAL_VERSION, 0, 0), AD)).rejects.toMatchObject({ code: 'bad-format' });
  });

  it('derives a key that does not open with the data key itself (the ciphers never share a key)', async () => {
    const dataKey = newDataKey();
    const sealed = await bulkSeal(await bulkSealKey(dataKey), Uint8Array.of(9), AD);
    const raw = await crypto.subtle.importKey('raw', dataKey as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['decrypt']);
    await expect(bulkOpen(raw, sealed, AD)).rejects.toMatchObject({ code: 'tampered' });
  });
});
