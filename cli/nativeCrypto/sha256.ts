/**
 * SHA-256 from Node's OpenSSL, behind the same call shape as @noble/hashes' `sha256`:
 * `sha256(bytes)` and `sha256.create().update(…).digest()`. The CLI build hands it to the
 * shared hashing and events-file modules (nativeCryptoPlugin.ts): 4 µs per event instead
 * of 13.5 (perf.md), for the same digests.
 */
import { createHash } from 'node:crypto';

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

export const sha256 = Object.assign((bytes: Uint8Array): Uint8Array => create().update(bytes).digest(), { create });
