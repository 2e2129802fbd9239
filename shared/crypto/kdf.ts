/**
 * Passphrase → key-encryption key, with scrypt (@noble/hashes). The cost is stored with
 * the wrapped key so it can rise later without breaking old wraps, and it is never
 * accepted below the OWASP password-storage minimum for scrypt (N=2^17, r=8, p=1) when
 * read back: a stored record that asks for less is refused, not honoured (downgrade).
 * r and p are fixed (as in age's scrypt stanza); logN is the only knob.
 */
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { fromBase64url, toBase64url, utf8Encode } from '../util/bytes';

/** Lowest accepted log2 of scrypt's N (OWASP minimum: N = 2^17). */
export const KDF_MIN_LOG_N = 17;
/** Highest accepted log2 of scrypt's N: 2^22 needs 4 GiB, beyond any target machine. */
export const KDF_MAX_LOG_N = 22;
/**
 * Highest logN calibration picks: 2^20 needs 1 GiB, already a lot for a renderer; higher
 * stored values are still read (up to KDF_MAX_LOG_N) but never chosen automatically.
 */
export const KDF_CALIBRATION_MAX_LOG_N = 20;
/** Lowest log2 N that deriveKey computes at all; only tests go below KDF_MIN_LOG_N. */
export const KDF_ABSOLUTE_MIN_LOG_N = 1;
/** scrypt block size parameter r. */
export const KDF_R = 8;
/** scrypt parallelism parameter p. */
export const KDF_P = 1;
/** Length of a fresh salt. */
export const KDF_SALT_BYTES = 16;
/** Length of a derived key-encryption key. */
export const KEK_BYTES = 32;
/** Wall-clock time a derivation should take on the user's machine (design §5). */
export const KDF_TARGET_MS = 1000;

const SCRYPT_BLOCK_BYTES_PER_R = 128;
const SCRYPT_MEMORY_SLACK_BYTES = 4096;
// Distances within rounding error count as a tie, which goes to the stronger setting.
const TIE_EPSILON = 1e-9;

/** Parameters of one passphrase derivation, stored next to what the key wraps. */
export type KdfParams = { alg: 'scrypt'; logN: number; r: number; p: number; saltB64: string; dkLen: 32 };

/** Why parameters or a passphrase were refused. */
export const KDF_ERROR_CODES = ['weak-params', 'bad-params', 'bad-passphrase'] as const;
/** One of KDF_ERROR_CODES. */
export type KdfErrorCode = (typeof KDF_ERROR_CODES)[number];

/** Thrown for unusable parameters or passphrases; never contains the passphrase. */
export class KdfError extends Error {
  override readonly name = 'KdfError';
  /** @param code - see KDF_ERROR_CODES */
  constructor(readonly code: KdfErrorCode) {
    super(`key derivation: ${code}`);
  }
}

const kdfShape = z.strictObject({
  alg: z.literal('scrypt'),
  logN: z.number().int().min(KDF_ABSOLUTE_MIN_LOG_N).max(KDF_MAX_LOG_N),
  r: z.literal(KDF_R),
  p: z.literal(KDF_P),
  saltB64: z.string().refine(isSalt),
  dkLen: z.literal(KEK_BYTES),
});

/**
 * Stored parameters, validated: exact shape, a 16-byte salt, and logN within
 * KDF_MIN_LOG_N..KDF_MAX_LOG_N.
 * @throws KdfError('bad-params') on a malformed record, ('weak-params') below the floor
 */
export function parseKdfParams(value: unknown): KdfParams {
  const parsed = kdfShape.safeParse(value);
  if (!parsed.success) throw new KdfError('bad-params');
  if (parsed.data.logN < KDF_MIN_LOG_N) throw new KdfError('weak-params');
  return parsed.data;
}

/**
 * Fresh parameters with a new random salt.
 * @param logN - log2 of N, e.g. from calibrateLogN; defaults to the floor
 * @throws KdfError('weak-params') below KDF_MIN_LOG_N, ('bad-params') above KDF_MAX_LOG_N
 */
export function newKdfParams(logN: number = KDF_MIN_LOG_N): KdfParams {
  return parseKdfParams({
    alg: 'scrypt',
    logN,
    r: KDF_R,
    p: KDF_P,
    saltB64: toBase64url(randomBytes(KDF_SALT_BYTES)),
    dkLen: KEK_BYTES,
  });
}

/**
 * Derives the key-encryption key, yielding to the event loop so the UI stays responsive.
 * The passphrase is NFC-normalised first, so the same words typed on another keyboard
 * or system derive the same key. It checks the shape of `params` but not the floor, so
 * tests can pass small explicit parameters; stored parameters go through parseKdfParams.
 * @param onProgress - called with the completed fraction, 0..1
 * @throws KdfError('bad-params') or ('bad-passphrase': empty, or not well-formed Unicode)
 */
export async function deriveKey(
  passphrase: string,
  params: KdfParams,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  const shape = kdfShape.safeParse(params);
  if (!shape.success) throw new KdfError('bad-params');
  const { logN, r, p, saltB64, dkLen } = shape.data;
  const N = 2 ** logN;
  return scryptAsync(passphraseBytes(passphrase), fromBase64url(saltB64), {
    N,
    r,
    p,
    dkLen,
    maxmem: SCRYPT_BLOCK_BYTES_PER_R * r * (N + p) + SCRYPT_MEMORY_SLACK_BYTES,
    ...(onProgress ? { onProgress } : {}),
  });
}

/**
 * The logN in KDF_MIN_LOG_N..KDF_CALIBRATION_MAX_LOG_N whose derivation time is closest
 * (by ratio) to `targetMs`, extrapolating from one measured derivation: scrypt's time is
 * linear in N. Ties go to the stronger setting.
 * @param measuredMs - time one derivation took at `measuredLogN`
 */
export function pickLogN(targetMs: number, measuredMs: number, measuredLogN: number = KDF_MIN_LOG_N): number {
  let best = KDF_MIN_LOG_N;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let logN = KDF_MIN_LOG_N; logN <= KDF_CALIBRATION_MAX_LOG_N; logN++) {
    const predictedMs = Math.max(measuredMs, 1) * 2 ** (logN - measuredLogN);
    const distance = Math.abs(Math.log2(predictedMs / Math.max(targetMs, 1)));
    if (distance <= bestDistance + TIE_EPSILON) {
      best = logN;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Picks logN for about `targetMs` on this machine, never below the floor.
 * @param measure - runs one derivation at the given logN and returns its duration in ms
 */
export function calibrateLogN(targetMs: number, measure: (logN: number) => number): number {
  return pickLogN(targetMs, measure(KDF_MIN_LOG_N), KDF_MIN_LOG_N);
}

function passphraseBytes(passphrase: string): Uint8Array {
  const normalized = passphrase.normalize('NFC');
  if (normalized.length === 0) throw new KdfError('bad-passphrase');
  try {
    return utf8Encode(normalized);
  } catch {
    throw new KdfError('bad-passphrase');
  }
}

function isSalt(text: string): boolean {
  try {
    return fromBase64url(text).length === KDF_SALT_BYTES;
  } catch {
    return false;
  }
}
