/**
 * SHA-256 of whole files through node:crypto (OpenSSL), several times faster than the
 * pure-JS hash shared/ uses. shared/bundle's reader and writer take no digest function,
 * so inside them the pure-JS hash still runs.
 */
import { createHash } from 'node:crypto';

/** Lowercase hex SHA-256 of the bytes. */
export function sha256File(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
