/**
 * Sealing imported pages with the platform's AES-256-GCM (WebCrypto). An adviser imports
 * hundreds of megabytes of other facilities' events at once; the synchronous
 * XChaCha20-Poly1305 of shared/crypto/aead.ts, which appends need inside their
 * transaction, runs there at a fraction of the disk's speed, while WebCrypto's cipher is
 * native. Imports seal their pages before their transaction opens, and pages are read
 * outside transactions, so the asynchronous cipher is safe here and nowhere else.
 *
 * Layout: version (1 byte, 0x02) ‖ nonce (12, random per seal) ‖ ciphertext ‖ tag (16).
 * The associated data is the version byte followed by the caller's, as in aead.ts. The key
 * is derived from the data key with HKDF-SHA-256 under its own label, so the two ciphers
 * never share a key, and it is a non-extractable CryptoKey. Random 96-bit nonces keep
 * AES-GCM safe up to 2^32 seals per key; a page holds a thousand events, so that bound
 * is four trillion events away.
 */
import { SealError } from '@shared/crypto/aead';
import { concatBytes, utf8Encode } from '@shared/util/bytes';

/** Version byte of a bulk-sealed value; aead.ts's values start with 0x01. */
export const BULK_SEAL_VERSION = 2;
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

/** Whether a sealed value has this module's layout (by its version byte). */
export function isBulkSealed(sealed: Uint8Array): boolean {
  return sealed[0] === BULK_SEAL_VERSION;
}

/** Encrypts and authenticates `plaintext`, bound to `associatedData`. */
export async function bulkSeal(key: CryptoKey, plaintext: Uint8Array, associatedData: Uint8Array): Promise<Uint8Array> {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const params = { name: 'AES-GCM', iv: nonce, additionalData: boundData(associatedData) };
  const sealed = await crypto.subtle.encrypt(params, key, plaintext as Uint8Array<ArrayBuffer>);
  return concatBytes(Uint8Array.of(BULK_SEAL_VERSION), nonce, new Uint8Array(sealed));
}

/**
 * The plaintext of a value made by bulkSeal with the same key and associated data.
 * @throws SealError ('bad-format' if too short or another layout, 'tampered' if it fails to authenticate)
 */
export async function bulkOpen(key: CryptoKey, sealed: Uint8Array, associatedData: Uint8Array): Promise<Uint8Array> {
  if (sealed.length < 1 + NONCE_BYTES + TAG_BYTES || !isBulkSealed(sealed)) throw new SealError('bad-format');
  const bytes = sealed as Uint8Array<ArrayBuffer>;
  const params = { name: 'AES-GCM', iv: bytes.subarray(1, 1 + NONCE_BYTES), additionalData: boundData(associatedData) };
  try {
    return new Uint8Array(await crypto.subtle.decrypt(params, key, bytes.subarray(1 + NONCE_BYTES)));
  } catch {
    throw new SealError('tampered');
  }
}

function boundData(associatedData: Uint8Array): Uint8Array<ArrayBuffer> {
  return concatBytes(Uint8Array.of(BULK_SEAL_VERSION), associatedData) as Uint8Array<ArrayBuffer>;
}
