/**
 * ChaCha20-Poly1305 (RFC 8439) for the age library's STREAM layer in the app, from
 * libsodium's WebAssembly build, behind the same call shape as @noble/ciphers'
 * `chacha20poly1305(key, nonce, aad?)`. The app's build hands it to the age library
 * (build/ageCipherPlugin.mjs); the age format and its checks stay the library's. The
 * pure-JS cipher runs near 120 MB/s here and libsodium's near 370 MB/s, which is what
 * brings opening a bundle within 3× Go's `age -d` (ARCHITECTURE.md decision 6).
 *
 * libsodium loads on first need (loadAgeCipher). Until it has loaded, or if it cannot
 * (WebAssembly refused), the pure-JS cipher serves: both give the same bytes.
 */
import { chacha20poly1305 as pureJs } from '@noble/ciphers/chacha.js';
import type sodiumLibrary from 'libsodium-wrappers';

type Cipher = { encrypt(plaintext: Uint8Array): Uint8Array; decrypt(sealed: Uint8Array): Uint8Array };
type Sodium = typeof sodiumLibrary;

let sodium: Sodium | undefined;
let loading: Promise<boolean> | undefined;

/** Loads libsodium once; resolves to whether it serves from now on (false: the pure-JS cipher does). */
export function loadAgeCipher(): Promise<boolean> {
  loading ??= loadSodium();
  return loading;
}

async function loadSodium(): Promise<boolean> {
  try {
    const { default: library } = await import('libsodium-wrappers');
    await library.ready;
    sodium = library;
    return true;
  } catch {
    return false;
  }
}

/**
 * @throws Error from `decrypt` when the tag does not authenticate the ciphertext (and the
 *   associated data), or when the input is shorter than a tag
 */
export function chacha20poly1305(key: Uint8Array, nonce: Uint8Array, aad?: Uint8Array): Cipher {
  const native = sodium;
  if (native === undefined) return pureJs(key, nonce, aad);
  const data = aad ?? null;
  return {
    encrypt: (plaintext) => native.crypto_aead_chacha20poly1305_ietf_encrypt(plaintext, data, null, nonce, key),
    decrypt: (sealed) => native.crypto_aead_chacha20poly1305_ietf_decrypt(null, sealed, data, nonce, key),
  };
}
