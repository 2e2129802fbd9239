/**
 * SHA-256 from Node's OpenSSL, behind the same call shape as @noble/hashes' `sha256`:
 * `sha256(bytes)` and `sha256.create().update(…).digest()`. The CLI build hands it to the
 * shared hashing and events-file modules (nativeCryptoPlugin.ts): about 1 µs per event
 * instead of @noble's 13.5 (perf.md), for the same digests.
 */
import { createHash, hash } from 'node:crypto';
import { plainBytes } from '../nodeBytes';

type Hasher = { update(bytes: Uint8Array): Hasher; digest(): Uint8Array };

function create(): Hasher {
  const hash = createHash('sha256');
  const hasher: Hasher = {
    update(bytes) {
      hash.update(bytes);
      return hasher;
    },
    digest: () => new Uint8Array(hash.digest()),
  };
  return hasher;
}

/** One-shot: crypto.hash skips the Hash object, 1 µs per event instead of 3. */
function digestOf(bytes: Uint8Array): Uint8Array {
  return plainBytes(hash('sha256', bytes, 'buffer'));
}

export const sha256 = Object.assign(digestOf, { create });
