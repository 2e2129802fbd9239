/**
 * ChaCha20-Poly1305 (RFC 8439) from Node's OpenSSL, behind the same call shape as
 * @noble/ciphers' `chacha20poly1305(key, nonce, aad?)`. The CLI build hands it to the age
 * library's STREAM layer (nativeCryptoPlugin.ts): the pure-JS cipher runs near 100 MB/s
 * here, OpenSSL over 1 GB/s (perf.md), and the age format and its checks stay the library's.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';

const ALGORITHM = 'chacha20-poly1305';
const TAG_BYTES = 16;

type Cipher = { encrypt(plaintext: Uint8Array): Uint8Array; decrypt(sealed: Uint8Array): Uint8Array };

function joined(parts: readonly Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * @throws Error from `decrypt` when the tag does not authenticate the ciphertext (and the
 *   associated data), or when the input is shorter than a tag
 */
export function chacha20poly1305(key: Uint8Array, nonce: Uint8Array, aad?: Uint8Array): Cipher {
  const options = { authTagLength: TAG_BYTES } as const;
  return {
    encrypt(plaintext) {
      const cipher = createCipheriv(ALGORITHM, key, nonce, options);
      if (aad !== undefined) cipher.setAAD(aad, { plaintextLength: plaintext.length });
      return joined([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    },
    decrypt(sealed) {
      if (sealed.length < TAG_BYTES) throw new Error('chacha20poly1305: ciphertext shorter than its tag');
      const body = sealed.subarray(0, sealed.length - TAG_BYTES);
      const decipher = createDecipheriv(ALGORITHM, key, nonce, options);
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      if (aad !== undefined) decipher.setAAD(aad, { plaintextLength: body.length });
      return joined([decipher.update(body), decipher.final()]);
    },
  };
}
