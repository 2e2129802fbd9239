/**
 * Sealing records at rest: XChaCha20-Poly1305 (@noble/ciphers), synchronous so it can run
 * inside an IndexedDB transaction (design §5). The 24-byte nonce is random per seal, which
 * is safe for this cipher at any realistic number of records under one key.
 *
 * Layout of a sealed value (README.md): version (1 byte, 0x01) ‖ nonce (24) ‖ ciphertext ‖
 * tag (16). The cipher's associated data is the version byte followed by the caller's
 * associated data, so neither the format version nor the record's place can be changed
 * without the tag failing.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { concatBytes, utf8Encode } from '../util/bytes';
import { canonicalJson } from './canonicalJson';

/** Version byte of the current sealed layout. */
export const SEAL_VERSION = 1;
/** Length of a sealing key. */
export const SEAL_KEY_BYTES = 32;
/** Length of the random XChaCha20 nonce. */
export const SEAL_NONCE_BYTES = 24;
/** Length of the Poly1305 tag. */
export const SEAL_TAG_BYTES = 16;
/** Bytes a sealed value adds to its plaintext. */
export const SEAL_OVERHEAD_BYTES = 1 + SEAL_NONCE_BYTES + SEAL_TAG_BYTES;

/**
 * Why a value could not be opened:
 * - `tampered`: authentication failed. The AEAD cannot tell apart altered bytes, a different
 *   key and different associated data (e.g. a record moved to another row); once the key
 *   has been confirmed by unwrapping it, treat this as tampering.
 * - `wrong-key-or-data`: the key given is not a sealing key (wrong length).
 * - `bad-format`: too short to be sealed, or an unknown version byte.
 */
export const SEAL_ERROR_CODES = ['tampered', 'wrong-key-or-data', 'bad-format'] as const;
/** One of SEAL_ERROR_CODES. */
export type SealErrorCode = (typeof SEAL_ERROR_CODES)[number];

/** Thrown by seal and open. Its message never contains key or plaintext material. */
export class SealError extends Error {
  override readonly name = 'SealError';
  /** @param code - see SEAL_ERROR_CODES */
  constructor(readonly code: SealErrorCode) {
    super(`sealed value: ${code}`);
  }
}

/**
 * Encrypts and authenticates `plaintext` under `key`, bound to `associatedData`.
 * @throws SealError('wrong-key-or-data') if the key is not SEAL_KEY_BYTES long
 */
export function seal(key: Uint8Array, plaintext: Uint8Array, associatedData: Uint8Array): Uint8Array {
  assertKey(key);
  const header = new Uint8Array(1 + SEAL_NONCE_BYTES);
  header[0] = SEAL_VERSION;
  const nonce = randomBytes(SEAL_NONCE_BYTES);
  header.set(nonce, 1);
  const sealed = xchacha20poly1305(key, nonce, boundData(associatedData)).encrypt(plaintext);
  return concatBytes(header, sealed);
}

/**
 * The plaintext of a value made by seal with the same key and associated data.
 * @throws SealError ('tampered', 'wrong-key-or-data' or 'bad-format')
 */
export function open(key: Uint8Array, sealed: Uint8Array, associatedData: Uint8Array): Uint8Array {
  assertKey(key);
  if (sealed.length < SEAL_OVERHEAD_BYTES || sealed[0] !== SEAL_VERSION) throw new SealError('bad-format');
  const nonce = sealed.subarray(1, 1 + SEAL_NONCE_BYTES);
  const body = sealed.subarray(1 + SEAL_NONCE_BYTES);
  try {
    return xchacha20poly1305(key, nonce, boundData(associatedData)).decrypt(body);
  } catch {
    throw new SealError('tampered');
  }
}

/** One element of a record key: a string or a safe integer. */
export type RecordKeyPart = string | number;

const TABLE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const MAX_KEY_PARTS = 8;

/**
 * Associated data binding a sealed record to its table, its primary key and the schema
 * version it was written under: the UTF-8 canonical JSON of
 * `{"ad":"habeas-seal/1","key":…,"schemaVersion":…,"table":…}`. A sealed body copied
 * to another row, table or schema version then fails to open.
 * @throws TypeError on a malformed table name, key or version (a programming error)
 */
export function associatedDataFor(
  table: string,
  key: RecordKeyPart | readonly RecordKeyPart[],
  schemaVersion: number,
): Uint8Array {
  if (!TABLE_NAME.test(table)) throw new TypeError('associatedDataFor: bad table name');
  const parts = typeof key === 'object' ? key : [key];
  const isValidKey = parts.length >= 1 && parts.length <= MAX_KEY_PARTS && parts.every(isKeyPart);
  if (!isValidKey) throw new TypeError('associatedDataFor: bad record key');
  if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
    throw new TypeError('associatedDataFor: bad schema version');
  }
  return utf8Encode(canonicalJson({ ad: 'habeas-seal/1', key, schemaVersion, table }));
}

function isKeyPart(part: RecordKeyPart): boolean {
  return typeof part === 'string' || Number.isSafeInteger(part);
}

function boundData(associatedData: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(SEAL_VERSION), associatedData);
}

function assertKey(key: Uint8Array): void {
  if (key.length !== SEAL_KEY_BYTES) throw new SealError('wrong-key-or-data');
}
