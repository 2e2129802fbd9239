/**
 * Small vault records sealed under the data key as canonical JSON. The associated data
 * binds the table and row id, so a sealed record copied to another row does not open.
 */
import { associatedDataFor, open, seal } from '@shared/crypto/aead';
import { canonicalJson, parseCanonicalBytes } from '@shared/crypto/canonicalJson';
import type { JsonValue } from '@shared/crypto/canonicalJson';
import { fromBase64url, toBase64url, utf8Encode } from '@shared/util/bytes';

/** Version of the sealed vault record formats; a new format gets a new number. */
export const VAULT_RECORD_FORMAT = 1;

type Place = { table: 'vault' | 'drafts'; id: string };

export function sealJson(dataKey: Uint8Array, place: Place, value: unknown): string {
  const plaintext = utf8Encode(canonicalJson(value));
  const sealed = seal(dataKey, plaintext, associatedDataFor(place.table, place.id, VAULT_RECORD_FORMAT));
  plaintext.fill(0);
  return toBase64url(sealed);
}

/** @throws SealError if the record was altered, moved or sealed under another key */
export function openJson(dataKey: Uint8Array, place: Place, sealedB64: string): JsonValue {
  const plaintext = open(dataKey, fromBase64url(sealedB64), associatedDataFor(place.table, place.id, VAULT_RECORD_FORMAT));
  try {
    return parseCanonicalBytes(plaintext);
  } finally {
    plaintext.fill(0);
  }
}
