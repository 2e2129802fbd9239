/**
 * Fuzzing the importer (design §8): single-byte changes and truncations of a bundle's
 * plaintext archive (re-encrypted, as a co-recipient could) or of the file itself never
 * make readBundle throw, and never make it accept anything but the original events.
 */
import fc from 'fast-check';
import { Decrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { readBundle } from '@shared/bundle/read';
import { aChainOf } from '../../../builders/ledger';
import { anInstallation, bundleFrom, encryptTo, optionsFor } from './bundleKit';

const facility = await anInstallation('facility-a');
const adviser = await anInstallation('adviser-b', 'Adviser B');
const events = aChainOf(6, { ledger: facility.ledger });
const written = await bundleFrom(facility, events, { recipients: [adviser.recipient] });
const decrypter = new Decrypter();
decrypter.addIdentity(adviser.identity);
const archive = await decrypter.decrypt(written.bytes);
const options = optionsFor(adviser, [facility]);

/** Accepts only what the sender signed: the same manifest and the same events. */
async function checkMutant(file: Uint8Array): Promise<void> {
  const result = await readBundle(file, options);
  if (!result.ok) {
    expect(typeof result.error.problem.code).toBe('string');
    return;
  }
  expect(result.value.manifestHash).toBe(written.manifestHash);
  const [segment] = result.value.segments;
  expect(segment?.status === 'applied' && segment.newEvents).toEqual(events);
}

describe('importer fuzzing', () => {
  it('mutated archives (re-encrypted) are refused or read as the original', async () => {
    // Mutations land in the first 2 KiB (headers, manifest, signature, events) more often than in padding.
    const offsets = fc.oneof(fc.integer({ min: 0, max: 2048 }), fc.integer({ min: 0, max: archive.length - 1 }));
    await fc.assert(
      fc.asyncProperty(offsets, fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const mutated = Uint8Array.from(archive);
        mutated[at] = (mutated[at] ?? 0) ^ xor;
        await checkMutant(await encryptTo(mutated, [adviser.recipient]));
      }),
      { numRuns: 60 },
    );
  });

  it('mutated or truncated files are refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: written.bytes.length - 1 }), fc.integer({ min: 0, max: 255 }), async (at, xor) => {
        const mutated = Uint8Array.from(written.bytes.subarray(0, xor === 0 ? at : written.bytes.length));
        if (xor !== 0) mutated[at] = (mutated[at] ?? 0) ^ xor;
        const result = await readBundle(mutated, options);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});
