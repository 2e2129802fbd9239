/**
 * What anyone can see of a `.habeas` file without a key: its size, the types and number
 * of its age stanzas, a passphrase file's work factor, and the size of the plaintext
 * (which padding rounds to a bucket). Nothing here names a sender or a recipient: X25519
 * stanzas carry only an ephemeral key, which is not shown.
 */
import type { AgeHeaderProblem } from './ageHeader';
import { parseAgeHeader } from './ageHeader';
import { SCRYPT_STANZA } from './ageLayer';
import { KIB, MAX_AGE_HEADER_BYTES, MAX_AGE_STANZAS } from './limits';

/** What a file shows without a key. */
export type BundleInspection = {
  fileBytes: number;
} & (
  | { isAge: false; problem: AgeHeaderProblem }
  | {
      isAge: true;
      headerBytes: number;
      stanzas: { type: string; count: number }[];
      /** log2 of the scrypt work factor, for a passphrase file. */
      scryptLogN: number | null;
      /** Size of the encrypted archive, or null if the payload length is impossible (truncated). */
      plaintextBytes: number | null;
    }
);

/** age STREAM: a 16-byte nonce, then 64 KiB chunks each followed by a 16-byte tag. */
const PAYLOAD_NONCE_BYTES = 16;
const CHUNK_BYTES = 64 * KIB;
const TAG_BYTES = 16;

/** Inspects a file without decrypting it. */
export function inspectBundle(file: Uint8Array): BundleInspection {
  const header = parseAgeHeader(file, { maxHeaderBytes: MAX_AGE_HEADER_BYTES, maxStanzas: MAX_AGE_STANZAS });
  if (!header.ok) return { fileBytes: file.length, isAge: false, problem: header.error };
  const counts = new Map<string, number>();
  for (const stanza of header.value.stanzas) counts.set(stanza.type, (counts.get(stanza.type) ?? 0) + 1);
  const scrypt = header.value.stanzas.find((stanza) => stanza.type === SCRYPT_STANZA);
  const logN = scrypt?.args[1];
  return {
    fileBytes: file.length,
    isAge: true,
    headerBytes: header.value.headerBytes,
    stanzas: [...counts].map(([type, count]) => ({ type, count })),
    scryptLogN: logN !== undefined && /^[1-9][0-9]*$/.test(logN) ? Number(logN) : null,
    plaintextBytes: plaintextSize(file.length - header.value.headerBytes - PAYLOAD_NONCE_BYTES),
  };
}

/** The plaintext length of an age payload of `ciphertextBytes` (after the nonce), or null if impossible. */
export function plaintextSize(ciphertextBytes: number): number | null {
  if (ciphertextBytes < TAG_BYTES) return null;
  const fullChunks = Math.floor(ciphertextBytes / (CHUNK_BYTES + TAG_BYTES));
  const rest = ciphertextBytes % (CHUNK_BYTES + TAG_BYTES);
  // Only the last chunk may be short, and it holds at least one byte unless it is the only one.
  if (rest > 0 && rest <= TAG_BYTES && !(rest === TAG_BYTES && fullChunks === 0)) return null;
  return ciphertextBytes - fullChunks * TAG_BYTES - (rest > 0 ? TAG_BYTES : 0);
}
