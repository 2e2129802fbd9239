/**
 * Wrapping the data key under a key-encryption key (from a passphrase or the recovery
 * code). The wrap is an ordinary sealed value whose associated data names its purpose
 * (`label`, e.g. `user:<id>` or `recovery`), so a wrap made for one purpose cannot be
 * presented as another. A wrong passphrase is an ordinary, typed outcome and never
 * changes anything (design §5, security.md T4).
 */
import { z } from 'zod';
import { fromBase64url, toBase64url, utf8Encode } from '../util/bytes';
import { open, seal, SealError } from './aead';
import { canonicalJson } from './canonicalJson';
import { DATA_KEY_BYTES } from './dataKey';
import type { KdfParams } from './kdf';
import { deriveKey, KdfError, newKdfParams, parseKdfParams } from './kdf';

/** Version of the WrappedKey record. */
export const WRAPPED_KEY_VERSION = 1;
/** Longest accepted label. */
export const WRAP_LABEL_MAX_CHARS = 200;

/** A data key wrapped under a passphrase, as stored: the KDF parameters and the sealed key. */
export type WrappedKey = { v: 1; kdf: KdfParams; sealedB64: string };

/**
 * Why unwrapping failed:
 * - `wrong-passphrase`: the passphrase (or recovery code) does not open this wrap;
 * - `wrong-key`: the key-encryption key or the label does not open this wrap;
 * - `bad-format`: the record is malformed;
 * - `weak-params`: the record asks for a KDF cost below the floor (refused, see kdf.ts).
 */
export const KEY_WRAP_ERROR_CODES = ['wrong-passphrase', 'wrong-key', 'bad-format', 'weak-params'] as const;
/** One of KEY_WRAP_ERROR_CODES. */
export type KeyWrapErrorCode = (typeof KEY_WRAP_ERROR_CODES)[number];

/** Thrown when a wrapped key cannot be opened; never contains key or passphrase material. */
export class KeyWrapError extends Error {
  override readonly name = 'KeyWrapError';
  /** @param code - see KEY_WRAP_ERROR_CODES */
  constructor(readonly code: KeyWrapErrorCode) {
    super(`wrapped key: ${code}`);
  }
}

const wrappedKeyShape = z.strictObject({
  v: z.literal(WRAPPED_KEY_VERSION),
  kdf: z.unknown(),
  sealedB64: z.string().min(1),
});

/**
 * Seals the data key under `kek` for the purpose `label`.
 * @throws TypeError if the data key or label is malformed
 */
export function wrapKey(kek: Uint8Array, dataKey: Uint8Array, label: string): Uint8Array {
  if (dataKey.length !== DATA_KEY_BYTES) throw new TypeError('wrapKey: data key has the wrong length');
  return seal(kek, dataKey, wrapAssociatedData(label));
}

/**
 * The data key sealed by wrapKey with the same `kek` and `label`.
 * @throws KeyWrapError('wrong-key') if they do not open it, ('bad-format') if it is malformed
 */
export function unwrapKey(kek: Uint8Array, wrapped: Uint8Array, label: string): Uint8Array {
  const associatedData = wrapAssociatedData(label);
  let dataKey: Uint8Array;
  try {
    dataKey = open(kek, wrapped, associatedData);
  } catch (error) {
    if (error instanceof SealError && error.code !== 'bad-format') throw new KeyWrapError('wrong-key');
    throw new KeyWrapError('bad-format');
  }
  if (dataKey.length !== DATA_KEY_BYTES) throw new KeyWrapError('bad-format');
  return dataKey;
}

/**
 * Wraps the data key under a passphrase-derived key.
 * @param params - KDF parameters (e.g. calibrated); fresh ones at the floor by default.
 *   Parameters below the floor are refused, so no weak wrap is ever written.
 * @throws KdfError ('weak-params', 'bad-params', 'bad-passphrase')
 */
export async function wrapWithPassphrase(
  passphrase: string,
  dataKey: Uint8Array,
  label: string,
  params: KdfParams = newKdfParams(),
  onProgress?: (fraction: number) => void,
): Promise<WrappedKey> {
  const kdf = parseKdfParams(params);
  const kek = await deriveKey(passphrase, kdf, onProgress);
  return { v: WRAPPED_KEY_VERSION, kdf, sealedB64: toBase64url(wrapKey(kek, dataKey, label)) };
}

/**
 * The data key from a passphrase wrap. Read-only: a failure changes nothing.
 * @param wrapped - the stored record, validated here (it may be corrupt or hostile)
 * @throws KeyWrapError ('wrong-passphrase', 'bad-format', 'weak-params')
 */
export async function unwrapWithPassphrase(
  passphrase: string,
  wrapped: unknown,
  label: string,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  const { kdf, sealed } = parseWrappedKey(wrapped);
  let kek: Uint8Array;
  try {
    kek = await deriveKey(passphrase, kdf, onProgress);
  } catch (error) {
    // An empty or malformed passphrase cannot be the right one; say so the same way.
    const isBadPassphrase = error instanceof KdfError && error.code === 'bad-passphrase';
    throw isBadPassphrase ? new KeyWrapError('wrong-passphrase') : error;
  }
  try {
    return unwrapKey(kek, sealed, label);
  } catch (error) {
    const isWrongKey = error instanceof KeyWrapError && error.code === 'wrong-key';
    throw isWrongKey ? new KeyWrapError('wrong-passphrase') : error;
  }
}

function parseWrappedKey(value: unknown): { kdf: KdfParams; sealed: Uint8Array } {
  const shape = wrappedKeyShape.safeParse(value);
  if (!shape.success) throw new KeyWrapError('bad-format');
  let kdf: KdfParams;
  let sealed: Uint8Array;
  try {
    kdf = parseKdfParams(shape.data.kdf);
    sealed = fromBase64url(shape.data.sealedB64);
  } catch (error) {
    if (error instanceof KdfError && error.code === 'weak-params') throw new KeyWrapError('weak-params');
    throw new KeyWrapError('bad-format');
  }
  return { kdf, sealed };
}

function wrapAssociatedData(label: string): Uint8Array {
  if (label.length === 0 || label.length > WRAP_LABEL_MAX_CHARS) throw new TypeError('key wrap: bad label');
  return utf8Encode(canonicalJson({ ad: 'habeas-keywrap/1', label }));
}
