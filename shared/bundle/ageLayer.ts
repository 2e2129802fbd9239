/**
 * The outer layer of a bundle: an age v1 file (design §6 item 1), made and opened with
 * the age-encryption library (typage). Before the library sees a file, its header is
 * checked against the import policy: a passphrase (scrypt) stanza must be alone and ask
 * for a work factor of 2^18 to 2^20, and a passphrase is tried only if the caller gave
 * one. There is no outer signature, so an intercepted file does not name its sender.
 */
import { Decrypter, Encrypter } from 'age-encryption';
import type { ReadableStreamWithSize } from 'age-encryption';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import type { AgeHeader } from './ageHeader';
import { decodeCanonical, parseAgeHeader } from './ageHeader';
import type { BundleProblem } from './errors';
import { problem } from './errors';
import type { BundleLimits } from './limits';
import { MAX_AGE_STANZAS, MAX_SCRYPT_LOG_N, MIN_SCRYPT_LOG_N, WRITE_SCRYPT_LOG_N } from './limits';

/** Who can open a bundle: age X25519 recipients (`age1…`), or one passphrase. */
export type BundleAddressees =
  | { readonly recipients: readonly string[] }
  | { readonly passphrase: string; readonly scryptLogN?: number };

/** What this installation opens bundles with. */
export type BundleKeys = { readonly identity?: string; readonly passphrase?: string };

/**
 * Room for the plaintext, offered to the cipher while the payload is read: a cipher that
 * takes it (the app's, renderer/crypto/plaintextRoom.ts) writes each chunk straight into
 * its final place, which saves copying the whole plaintext once more. `owner` is set once
 * a stream has written into the room.
 */
export type PlaintextRoom = { readonly bytes: Uint8Array; readonly owner: object | undefined };
/** Offers and withdraws rooms; one at a time. */
export type PlaintextRooms = { offer(bytes: Uint8Array): PlaintextRoom; withdraw(room: PlaintextRoom): void };

/** How a bundle was opened. */
export type DecryptedWith = 'identity' | 'passphrase';

/** The age stanza type of a passphrase. */
export const SCRYPT_STANZA = 'scrypt';
const SCRYPT_SALT_BYTES = 16;
const DECIMAL_LOG_N = /^[1-9][0-9]*$/;
/** Slices the file is handed to the library in. */
const SLICE_BYTES = 1 << 20;

// typage 0.3.1 reports "no key fits" with this message and no error class; anything else
// it throws during decryption means a malformed header or an altered file.
const NO_IDENTITY_MATCHED = "no identity matched any of the file's recipients";
const HEADER_ERRORS = new Set(['invalid header HMAC', 'invalid X25519 stanza', 'invalid stanza', 'invalid header']);

/**
 * The age file of a plaintext.
 * @throws Error if a recipient is not an age recipient or the work factor is out of policy
 */
export async function encryptToAge(plaintext: Uint8Array, to: BundleAddressees): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  if ('passphrase' in to) {
    const logN = to.scryptLogN ?? WRITE_SCRYPT_LOG_N;
    if (!Number.isInteger(logN) || logN < MIN_SCRYPT_LOG_N || logN > MAX_SCRYPT_LOG_N) {
      throw new RangeError(`encryptToAge: scrypt work factor 2^${logN} is outside 2^${MIN_SCRYPT_LOG_N}..2^${MAX_SCRYPT_LOG_N}`);
    }
    encrypter.setPassphrase(to.passphrase);
    encrypter.setScryptWorkFactor(logN);
  } else {
    for (const recipient of to.recipients) encrypter.addRecipient(recipient);
  }
  return encrypter.encrypt(plaintext);
}

/**
 * Opens the age layer with this installation's keys, after the header passed the policy.
 * Returns the plaintext (the ZIP archive) and how it was opened. `rooms`: see PlaintextRoom.
 */
export async function decryptAge(
  file: Uint8Array,
  keys: BundleKeys,
  limits: BundleLimits,
  rooms?: PlaintextRooms,
): Promise<Result<{ plaintext: Uint8Array; decryptedWith: DecryptedWith }, BundleProblem>> {
  const header = parseAgeHeader(file, { maxHeaderBytes: limits.maxAgeHeaderBytes, maxStanzas: MAX_AGE_STANZAS });
  if (!header.ok) return err(headerProblem(header.error, limits));
  const policy = checkStanzaPolicy(header.value, keys);
  if (!policy.ok) return policy;
  const decrypter = new Decrypter();
  if (policy.value === 'passphrase' && keys.passphrase !== undefined) decrypter.addPassphrase(keys.passphrase);
  if (policy.value === 'identity' && keys.identity !== undefined) decrypter.addIdentity(keys.identity);
  try {
    const plaintext = await decrypter.decrypt(slicesOf(file));
    return ok({ plaintext: await readAllOf(plaintext, plaintext.size(file.length), rooms), decryptedWith: policy.value });
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    if (error.message === NO_IDENTITY_MATCHED) {
      return err(problem(policy.value === 'passphrase' ? 'wrong-passphrase' : 'not-for-me', {}));
    }
    return err(problem('damaged', { part: HEADER_ERRORS.has(error.message) ? 'age-header' : 'age-payload' }));
  }
}

/**
 * The file as a stream of views into it. Handed the whole file as one array, the library
 * copies it whole twice on the way to its cipher and once more to return the plaintext:
 * a third of the time of opening a bundle (perf.md's pure-JS cipher hid that).
 */
function slicesOf(file: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= file.length) {
          controller.close();
          return;
        }
        controller.enqueue(file.subarray(offset, offset + SLICE_BYTES));
        offset += SLICE_BYTES;
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * The library's plaintext, read into one array of the size the file's length implies.
 * Given rooms, that array is offered to the cipher as room for the plaintext: a chunk the
 * cipher already wrote in its place is kept there, any other chunk is copied.
 * @throws Error if the library fails (altered payload) or gives another length than it announced
 */
async function readAllOf(plaintext: ReadableStreamWithSize, size: number, rooms?: PlaintextRooms): Promise<Uint8Array> {
  let out: Uint8Array = new Uint8Array(size);
  // The room on offer, until a chunk comes in an array of its own.
  let room = rooms?.offer(out);
  const reader = plaintext.getReader();
  let filled = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      const chunk = read.value;
      if (filled + chunk.length > size) throw new Error('age payload longer than its size implies');
      if (room !== undefined && chunk.buffer === out.buffer && chunk.byteOffset === out.byteOffset + filled) {
        filled += chunk.length;
        continue;
      }
      if (room !== undefined) {
        // Withdrawn before anything is copied into it: no stream may claim it after that.
        rooms?.withdraw(room);
        out = leaveRoom(room, filled);
        room = undefined;
      }
      out.set(chunk, filled);
      filled += chunk.length;
    }
  } finally {
    if (room !== undefined) rooms?.withdraw(room);
  }
  if (filled !== size) throw new Error('age payload shorter than its size implies');
  return out;
}

/**
 * The array to go on filling once a chunk came in an array of its own: the room itself if
 * no stream ever wrote into it, otherwise a fresh copy of what was read so far, because
 * the room may hold chunks already handed out (to this stream or another) that must not
 * be overwritten.
 */
function leaveRoom(room: PlaintextRoom, filled: number): Uint8Array {
  if (room.owner === undefined) return room.bytes;
  const fresh = new Uint8Array(room.bytes.length);
  fresh.set(room.bytes.subarray(0, filled));
  return fresh;
}

/**
 * Decides how the file may be opened, from its stanzas alone: with the passphrase if its
 * only stanza is a well-formed scrypt stanza within the work-factor bounds, otherwise
 * with the identity.
 */
export function checkStanzaPolicy(header: AgeHeader, keys: BundleKeys): Result<DecryptedWith, BundleProblem> {
  const scrypt = header.stanzas.filter((stanza) => stanza.type === SCRYPT_STANZA);
  const [first] = scrypt;
  if (first === undefined) {
    return keys.identity === undefined ? err(problem('not-for-me', {})) : ok('identity');
  }
  if (header.stanzas.length > 1) return err(problem('mixed-stanzas', { stanzas: header.stanzas.length }));
  const [salt, logNText, ...extra] = first.args;
  const saltBytes = salt === undefined ? undefined : decodeCanonical(salt);
  if (saltBytes?.length !== SCRYPT_SALT_BYTES || logNText === undefined || !DECIMAL_LOG_N.test(logNText) || extra.length > 0) {
    return err(problem('damaged', { part: 'age-header' }));
  }
  const logN = Number(logNText);
  if (logN < MIN_SCRYPT_LOG_N) return err(problem('weak-passphrase-work-factor', { logN, min: MIN_SCRYPT_LOG_N }));
  if (logN > MAX_SCRYPT_LOG_N) return err(problem('excessive-passphrase-work-factor', { logN, max: MAX_SCRYPT_LOG_N }));
  return keys.passphrase === undefined ? err(problem('passphrase-required', {})) : ok('passphrase');
}

function headerProblem(reason: 'not-age' | 'malformed' | 'too-large' | 'too-many-stanzas', limits: BundleLimits): BundleProblem {
  switch (reason) {
    case 'not-age':
      return problem('not-a-bundle', {});
    case 'malformed':
      return problem('damaged', { part: 'age-header' });
    case 'too-large':
      return problem('too-large', { what: 'age-header', actual: null, limit: limits.maxAgeHeaderBytes }, 'decryption');
    case 'too-many-stanzas':
      return problem('too-large', { what: 'age-stanzas', actual: null, limit: MAX_AGE_STANZAS }, 'decryption');
  }
}
