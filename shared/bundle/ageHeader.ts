/**
 * A strict reader of the age v1 header (C2SP age.md): the version line, the recipient
 * stanzas and the MAC line. The age library parses the header too, but only inside
 * decryption; the importer must look at the stanzas first, to refuse a passphrase file
 * whose scrypt work factor is outside policy before any scrypt runs (the library accepts
 * logN = 1; security.md T2 f), to refuse scrypt mixed with other stanzas, and to show
 * what a file reveals without a key (inspectBundle). Nothing here decrypts anything.
 */
import { base64nopad } from '@scure/base';
import { utf8Decode } from '../util/bytes';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';

/** The first line of every age v1 file. */
export const AGE_VERSION_LINE = 'age-encryption.org/v1';
/** Column at which age wraps stanza bodies. */
export const AGE_BODY_LINE_CHARS = 64;
/** Base64 characters of the header MAC (32 bytes, unpadded). */
const MAC_BASE64_CHARS = 43;
const LF = 0x0a;
const STANZA_PREFIX = '-> ';
const MAC_PREFIX = '--- ';
// age arguments are non-empty runs of visible ASCII.
const STANZA_ARGUMENT = /^[\x21-\x7e]+$/;

/** One recipient stanza: its arguments (the first is its type) and its body. */
export type AgeStanza = { type: string; args: readonly string[]; body: Uint8Array };
/** A parsed header; `headerBytes` counts everything up to and including the MAC line's `\n`. */
export type AgeHeader = { stanzas: readonly AgeStanza[]; headerBytes: number };
/** Why a header was refused: not age at all, malformed, or over the size or stanza cap. */
export type AgeHeaderProblem = 'not-age' | 'malformed' | 'too-large' | 'too-many-stanzas';

/** Caps for parseAgeHeader. */
export type AgeHeaderCaps = { maxHeaderBytes: number; maxStanzas: number };

/**
 * Parses the header at the start of an age file. Lines end in LF only; every base64 text
 * must be canonical unpadded base64, since age forbids other spellings and a lenient
 * reader would accept headers other implementations refuse.
 */
export function parseAgeHeader(file: Uint8Array, caps: AgeHeaderCaps): Result<AgeHeader, AgeHeaderProblem> {
  const lines = lineCursor(file, caps.maxHeaderBytes);
  const version = lines.next();
  if (version !== AGE_VERSION_LINE) return err(version === undefined && lines.overLimit ? 'too-large' : 'not-age');
  const stanzas: AgeStanza[] = [];
  for (;;) {
    const line = lines.next();
    if (line === undefined) return err(lines.overLimit ? 'too-large' : 'malformed');
    if (line.startsWith(MAC_PREFIX)) {
      const isValidMac = line.length === MAC_PREFIX.length + MAC_BASE64_CHARS && decodeCanonical(line.slice(MAC_PREFIX.length)) !== undefined;
      return isValidMac && stanzas.length > 0 ? ok({ stanzas, headerBytes: lines.offset }) : err('malformed');
    }
    if (stanzas.length >= caps.maxStanzas) return err('too-many-stanzas');
    const stanza = readStanza(line, lines);
    if (stanza === undefined) return err(lines.overLimit ? 'too-large' : 'malformed');
    stanzas.push(stanza);
  }
}

function readStanza(argsLine: string, lines: LineCursor): AgeStanza | undefined {
  if (!argsLine.startsWith(STANZA_PREFIX)) return undefined;
  const args = argsLine.slice(STANZA_PREFIX.length).split(' ');
  const type = args[0];
  if (type === undefined || !args.every((arg) => STANZA_ARGUMENT.test(arg))) return undefined;
  const parts: Uint8Array[] = [];
  for (;;) {
    const line = lines.next();
    if (line === undefined || line.length > AGE_BODY_LINE_CHARS) return undefined;
    const bytes = decodeCanonical(line);
    if (bytes === undefined) return undefined;
    parts.push(bytes);
    // A full-width line means more body follows; the body ends with a shorter (maybe empty) line.
    if (line.length < AGE_BODY_LINE_CHARS) break;
  }
  const body = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (body.set(part, offset), offset + part.length), 0);
  return { type, args: args.slice(1), body };
}

/** Canonical unpadded base64, or undefined. */
export function decodeCanonical(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*$/.test(text)) return undefined;
  try {
    const bytes = base64nopad.decode(text);
    return base64nopad.encode(bytes) === text ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** Reads LF-terminated ASCII lines from the start of a file, never past a byte limit. */
type LineCursor = { offset: number; overLimit: boolean; next: () => string | undefined };

function lineCursor(bytes: Uint8Array, limit: number): LineCursor {
  const end = Math.min(bytes.length, limit);
  const window = bytes.subarray(0, end);
  const cursor: LineCursor = {
    offset: 0,
    overLimit: false,
    // The next line without its LF; undefined at the end, at the limit or on a byte that is not printable ASCII.
    next: () => {
      const newline = window.indexOf(LF, cursor.offset);
      if (newline < 0) {
        cursor.overLimit = end < bytes.length;
        return undefined;
      }
      const lineBytes = window.subarray(cursor.offset, newline);
      if (lineBytes.some((byte) => byte < 0x20 || byte > 0x7e)) return undefined;
      cursor.offset = newline + 1;
      return utf8Decode(lineBytes);
    },
  };
  return cursor;
}
