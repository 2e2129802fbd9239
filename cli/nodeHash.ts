/**
 * SHA-256 of whole files through node:crypto (OpenSSL). The shared hashing and events-file
 * modules get the same OpenSSL digest in the built tool (nativeCrypto/plugin.ts); this is
 * for the files the commands themselves hash.
 */
import { toHex } from '@shared/util/bytes';
import { sha256 } from './nativeCrypto/sha256';

/** Lowercase hex SHA-256 of the bytes. */
export function sha256File(bytes: Uint8Array): string {
  return toHex(sha256(bytes));
}
