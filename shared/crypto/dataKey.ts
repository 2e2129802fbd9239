/**
 * The data key: one random 256-bit key per installation that seals everything stored
 * (design §5). It is only ever stored wrapped (keyWrap.ts) and held in memory while
 * the session is unlocked.
 */
import { randomBytes } from '@noble/hashes/utils.js';
import { SEAL_KEY_BYTES } from './aead';

/** Length of the data key. */
export const DATA_KEY_BYTES = SEAL_KEY_BYTES;

/** A fresh random data key from the platform's cryptographic random source. */
export function newDataKey(): Uint8Array {
  return randomBytes(DATA_KEY_BYTES);
}
