/**
 * SHA-256, synchronous (@noble/hashes). The synchronous form is what an IndexedDB
 * transaction can use: awaiting WebCrypto inside one lets the transaction commit early.
 * Bulk verification outside transactions takes an asynchronous digest instead (perf.md).
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { toHex, utf8Encode } from '../util/bytes';

/** Length of a SHA-256 digest. */
export const SHA256_BYTES = 32;
/** Length of a SHA-256 digest written as hex. */
export const SHA256_HEX_CHARS = SHA256_BYTES * 2;

/**
 * An asynchronous SHA-256, e.g. WebCrypto `subtle.digest('SHA-256', …)` in the renderer
 * or `node:crypto` in the command-line tool, passed in because shared/ may not use either.
 */
export type AsyncDigest = (bytes: Uint8Array) => Promise<Uint8Array>;

/** SHA-256 of the bytes. */
export function sha256(bytes: Uint8Array): Uint8Array {
  return nobleSha256(bytes);
}

/** Lowercase hex SHA-256 of the bytes, or of a string's UTF-8 bytes. */
export function sha256Hex(input: Uint8Array | string): string {
  return toHex(sha256(typeof input === 'string' ? utf8Encode(input) : input));
}
