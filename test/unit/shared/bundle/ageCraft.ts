/**
 * Edits of the age layer for hostile-input tests: the header is text, so stanzas can be
 * rewritten, swapped between files or re-encoded. A rewritten header no longer matches
 * its MAC, which is the point: the importer must refuse these before the MAC matters.
 */
import { Encrypter } from 'age-encryption';

const encoder = new TextEncoder();
const decoder = new TextDecoder('latin1');

/** The header text (up to and including the MAC line's \n) and the payload after it. */
export function splitAge(file: Uint8Array): { header: string; payload: Uint8Array } {
  const text = decoder.decode(file);
  const macLine = text.indexOf('\n--- ');
  const end = text.indexOf('\n', macLine + 1) + 1;
  return { header: text.slice(0, end), payload: file.subarray(end) };
}

/** A file with its header replaced. */
export function withHeader(header: string, payload: Uint8Array): Uint8Array {
  const head = encoder.encode(header);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head);
  out.set(payload, head.length);
  return out;
}

/** The stanza lines of a header (everything between the version line and the MAC line). */
export function stanzaLines(header: string): string[] {
  const lines = header.split('\n');
  return lines.slice(1, lines.findIndex((line) => line.startsWith('--- ')));
}

/** A passphrase file made with a low work factor (fast), its logN then rewritten to `logN`. */
export async function scryptFileWithLogN(plaintext: Uint8Array, logN: number): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.setPassphrase('any passphrase at all');
  encrypter.setScryptWorkFactor(1);
  const file = await encrypter.encrypt(plaintext);
  const { header, payload } = splitAge(file);
  return withHeader(header.replace(/^(-> scrypt \S+) 1$/m, `$1 ${logN}`), payload);
}

/** One bit flipped at `offset` (negative: from the end). */
export function flipBit(file: Uint8Array, offset: number): Uint8Array {
  const copy = Uint8Array.from(file);
  const at = offset < 0 ? copy.length + offset : offset;
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}
