/**
 * The SHA-256 used for bulk verification. WebCrypto hashes about 3× faster than the
 * synchronous library in Chromium (perf.md), but it is asynchronous, so it is only ever
 * used outside transactions. Where WebCrypto is missing the synchronous hash stands in.
 */
import type { AsyncDigest } from '@shared/crypto/hash';
import { sha256 } from '@shared/crypto/hash';

const syncDigest: AsyncDigest = (bytes) => Promise.resolve(sha256(bytes));

export function platformDigest(): AsyncDigest {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (subtle === undefined) return syncDigest;
  return async (bytes) => new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}
