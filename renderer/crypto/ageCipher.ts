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
 *
 * Decryption, the side that opens bundles, calls libsodium's own exports rather than its
 * wrappers, with one region of libsodium's memory kept from call to call, and writes the
 * plaintext straight into the room the reader offers (plaintextRoom.ts): per
 * chunk one copy in and one copy out to its final place, where the wrappers allocate and
 * free four or five times and return a fresh array that the reader copies again. On a 160 MiB
 * file in headless Chromium that took opening from about 0.72–0.78 s to 0.58–0.62 s.
 */
import { chacha20poly1305 as pureJs } from '@noble/ciphers/chacha.js';
import type sodiumLibrary from 'libsodium-wrappers';
import { plaintextPlace } from './plaintextRoom';

type Cipher = { encrypt(plaintext: Uint8Array): Uint8Array; decrypt(sealed: Uint8Array): Uint8Array };
type Sodium = typeof sodiumLibrary;
/** The part of libsodium's Emscripten module used here (64-bit lengths are passed as two 32-bit halves). */
type SodiumExports = {
  readonly HEAPU8: Uint8Array;
  _malloc(bytes: number): number;
  _free(address: number): void;
  _crypto_aead_chacha20poly1305_ietf_decrypt(
    ...args: [m: number, mlenP: number, nsec: number, c: number, clenLow: number, clenHigh: number, ad: number, adlenLow: number, adlenHigh: number, npub: number, k: number]
  ): number;
};

const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

let sodium: Sodium | undefined;
let sodiumExports: SodiumExports | undefined;
let loading: Promise<boolean> | undefined;
/** The region of libsodium's memory decryption works in, grown when a call needs more. */
let scratch = { address: 0, bytes: 0 };

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
    const module: unknown = (library as { libsodium?: unknown }).libsodium;
    sodiumExports = isSodiumExports(module) ? module : undefined;
    return true;
  } catch {
    return false;
  }
}

// The wrappers expose their module without declaring it; without it, decryption keeps to the wrappers.
function isSodiumExports(module: unknown): module is SodiumExports {
  if (typeof module !== 'object' || module === null) return false;
  const candidate = module as Partial<Record<keyof SodiumExports, unknown>>;
  return (
    candidate.HEAPU8 instanceof Uint8Array &&
    typeof candidate._malloc === 'function' &&
    typeof candidate._free === 'function' &&
    typeof candidate._crypto_aead_chacha20poly1305_ietf_decrypt === 'function'
  );
}

/**
 * @throws Error from `decrypt` when the tag does not authenticate the ciphertext (and the
 *   associated data), or when the input is shorter than a tag
 */
export function chacha20poly1305(key: Uint8Array, nonce: Uint8Array, aad?: Uint8Array): Cipher {
  const native = sodium;
  if (native === undefined) return pureJs(key, nonce, aad);
  const data = aad ?? null;
  const module = sodiumExports;
  return {
    encrypt: (plaintext) => native.crypto_aead_chacha20poly1305_ietf_encrypt(plaintext, data, null, nonce, key),
    decrypt: (sealed) =>
      module === undefined
        ? native.crypto_aead_chacha20poly1305_ietf_decrypt(null, sealed, data, nonce, key)
        : openSealed(module, key, nonce, aad ?? new Uint8Array(0), sealed),
  };
}

/**
 * libsodium's decryption on the scratch region: key, nonce, associated data, ciphertext,
 * then room for the plaintext. The plaintext goes to its place in the reader's room, or
 * to an array of its own; nothing is copied out unless the tag authenticates.
 */
function openSealed(module: SodiumExports, key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Uint8Array {
  if (key.length !== KEY_BYTES) throw new TypeError('invalid key length');
  if (nonce.length !== NONCE_BYTES) throw new TypeError('invalid nonce length');
  if (sealed.length < TAG_BYTES) throw new TypeError('ciphertext is too short');
  const length = sealed.length - TAG_BYTES;
  const keyAt = scratchOf(module, KEY_BYTES + NONCE_BYTES + aad.length + sealed.length + length);
  const nonceAt = keyAt + KEY_BYTES;
  const aadAt = nonceAt + NONCE_BYTES;
  const sealedAt = aadAt + aad.length;
  const plainAt = sealedAt + sealed.length;
  // Read after the allocation: growing libsodium's memory replaces HEAPU8.
  const heap = module.HEAPU8;
  heap.set(key, keyAt);
  heap.set(nonce, nonceAt);
  heap.set(aad, aadAt);
  heap.set(sealed, sealedAt);
  const failed = module._crypto_aead_chacha20poly1305_ietf_decrypt(plainAt, 0, 0, sealedAt, sealed.length, 0, aadAt, aad.length, 0, nonceAt, keyAt);
  heap.fill(0, keyAt, nonceAt);
  if (failed !== 0) throw new Error('ciphertext cannot be decrypted using that key');
  const plaintext = plaintextPlace(key, length) ?? new Uint8Array(length);
  plaintext.set(heap.subarray(plainAt, plainAt + length));
  return plaintext;
}

/** The scratch region's address, grown (never shrunk) to at least `bytes`. */
function scratchOf(module: SodiumExports, bytes: number): number {
  if (bytes <= scratch.bytes) return scratch.address;
  const address = module._malloc(bytes);
  if (address === 0) throw new RangeError('libsodium could not allocate memory');
  if (scratch.address !== 0) module._free(scratch.address);
  scratch = { address, bytes };
  return address;
}
