/**
 * Sealing imported pages with the platform's AES-256-GCM (WebCrypto). An adviser imports
 * hundreds of megabytes of other facilities' events at once; the synchronous
 * XChaCha20-Poly1305 of shared/crypto/aead.ts, which appends need inside their
 * transaction, runs there at a fraction of the disk's speed, while WebCrypto's cipher is
 * native. Imports seal their pages before their transaction opens, and pages are read
 * outside transactions, so the asynchronous cipher is safe here and nowhere else.
 *
 * Layout: the nonce (12 bytes, random per seal) is kept beside the sealed bytes, which are
 * WebCrypto's output as it came (ciphertext ‖ tag): prefixing the nonce would copy every
 * page once more, about a tenth of an import's time. The associated data is the format's
 * version byte followed by the caller's, as in aead.ts. Values sealed by an earlier
 * version carried their nonce in front (0x02 ‖ nonce ‖ ciphertext ‖ tag); they still open.
 * The key is derived from the data key with HKDF-SHA-256 under its own label, so the two
 * ciphers never share a key, and it is a non-extractable CryptoKey. Random 96-bit nonces
 * keep AES-GCM safe up to 2^32 seals per key; a page holds a thousand events, so that
 * bound is four trillion events away.
 */
import { SealError } from '@shared/crypto/aead';
import { concatBytes, utf8Encode } from '@shared/util/bytes';

/** Format version of a bulk-sealed value, bound in its associated data; aead.ts's is 0x01. */
export const BULK_SEAL_VERSION = 3;
/** Version byte that starts a value sealed by an earlier version, its nonce in front. */
export const PREFIXED_BULK_SEAL_VERSION = 2;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_INFO = utf8Encode('habeas/bulk-seal/aes-256-gcm/2') as Uint8Array<ArrayBuffer>;
const HKDF_SALT = new Uint8Array(32);

/** The AES-256-GCM key for bulk sealing, derived from the data key. */
export async function bulkSealKey(dataKey: Uint8Array): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', dataKey as Uint8Array<ArrayBuffer>, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: HKDF_SALT, info: HKDF_INFO },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** A bulk-sealed value: its nonce, and the ciphertext ‖ tag as WebCrypto made them. */
export type BulkSealed = { nonce: Uint8Array; sealed: Uint8Array };

/** Whether a value was sealed by an earlier version, its nonce in front (by its first byte). */
export function isPrefixedBulkSealed(body: Uint8Array): boolean {
  return body[0] === PREFIXED_BULK_SEAL_VERSION;
}

/** Encrypts and authenticates `plaintext`, bound to `associatedData`. */
export async function bulkSeal(key: CryptoKey, plaintext: Uint8Array, associatedData: Uint8Array): Promise<BulkSealed> {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const params = { name: 'AES-GCM', iv: nonce, additionalData: boundData(BULK_SEAL_VERSION, associatedData) };
  return { nonce, sealed: new Uint8Array(await crypto.subtle.encrypt(params, key, plaintext as Uint8Array<ArrayBuffer>)) };
}

/**
 * The plaintext of a value made by bulkSeal with the same key and associated data.
 * @throws SealError ('bad-format' if a part has the wrong size, 'tampered' if it fails to authenticate)
 */
export function bulkOpen(key: CryptoKey, value: BulkSealed, associatedData: Uint8Array): Promise<Uint8Array> {
  return opened(key, value, boundData(BULK_SEAL_VERSION, associatedData));
}

/**
 * The plaintext of a value sealed by an earlier version (0x02 ‖ nonce ‖ ciphertext ‖ tag).
 * @throws SealError ('bad-format' if too short or another layout, 'tampered' if it fails to authenticate)
 */
export function bulkOpenPrefixed(key: CryptoKey, body: Uint8Array, associatedData: Uint8Array): Promise<Uint8Array> {
  if (!isPrefixedBulkSealed(body)) return Promise.reject(new SealError('bad-format'));
  const value = { nonce: body.subarray(1, 1 + NONCE_BYTES), sealed: body.subarray(1 + NONCE_BYTES) };
  return opened(key, value, boundData(PREFIXED_BULK_SEAL_VERSION, associatedData));
}

async function opened(key: CryptoKey, { nonce, sealed }: BulkSealed, additionalData: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  if (nonce.length !== NONCE_BYTES || sealed.length < TAG_BYTES) throw new SealError('bad-format');
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce as Uint8Array<ArrayBuffer>, additionalData }, key, sealed as Uint8Array<ArrayBuffer>));
  } catch {
    throw new SealError('tampered');
  }
}

function boundData(version: number, associatedData: Uint8Array): Uint8Array<ArrayBuffer> {
  return concatBytes(Uint8Array.of(version), associatedData) as Uint8Array<ArrayBuffer>;
}
