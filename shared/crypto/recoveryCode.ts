/**
 * The printable recovery code that also wraps the data key (design §5, security.md T4).
 * 26 random symbols of Crockford base32 (130 bits), then 4 check symbols, shown as six
 * groups of five: `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`. The first check symbol is a
 * Damm check over GF(32), which catches every single mistyped symbol and every swap of
 * neighbours; the other three are 15 bits of a SHA-256 of the data, which catch any other
 * mistake with probability 1 − 2⁻¹⁵. The alphabet has no I, L, O or U, and reading back
 * forgives case, spaces, dashes and the look-alikes O→0, I/L→1.
 */
import { randomBytes } from '@noble/hashes/utils.js';
import { utf8Encode } from '../util/bytes';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import { sha256 } from './hash';

/** Crockford's base32 alphabet. */
export const RECOVERY_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Random symbols in a code. */
export const RECOVERY_CODE_DATA_CHARS = 26;
/** Check symbols at the end of a code: one Damm symbol, three hash symbols. */
export const RECOVERY_CODE_CHECK_CHARS = 4;
/** Symbols in a code. */
export const RECOVERY_CODE_CHARS = RECOVERY_CODE_DATA_CHARS + RECOVERY_CODE_CHECK_CHARS;
/** Bits carried by one symbol. */
export const SYMBOL_BITS_PER_CHAR = 5;
/** Symbols per printed group. */
export const RECOVERY_CODE_GROUP_CHARS = 5;
/** Entropy of a code. */
export const RECOVERY_CODE_ENTROPY_BITS = RECOVERY_CODE_DATA_CHARS * SYMBOL_BITS_PER_CHAR;

const SYMBOL_MASK = 0b11111;
const HASH_CHECK_CHARS = RECOVERY_CODE_CHECK_CHARS - 1;
// x^5 + x^2 + 1, irreducible over GF(2): multiplying by x modulo it makes the Damm quasigroup.
const GF32_MODULUS = 0b100101;
const CHECK_DOMAIN = 'habeas-recovery-code/1:';
const SEPARATORS = /[\s\-_.\u2010-\u2015\u2212]/gu;
const LOOK_ALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };
const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/** Why a typed code was refused. `position` counts symbols, separators excluded, from 0. */
export type RecoveryCodeProblem =
  | { code: 'bad-character'; position: number }
  | { code: 'wrong-length'; length: number; expected: number }
  | { code: 'checksum' };

/** A new recovery code, formatted in groups. */
export function generateRecoveryCode(): string {
  const randomBytesForSymbols = randomBytes(RECOVERY_CODE_DATA_CHARS);
  const data = Array.from(randomBytesForSymbols, (byte) => symbol(byte & SYMBOL_MASK)).join('');
  return formatGroups(data + checkSymbols(data));
}

/**
 * The symbols of a typed code: NFKC (full-width forms), Arabic-Indic digits to ASCII,
 * upper case, separators removed, look-alikes mapped. The result may still be invalid.
 */
export function normalizeRecoveryCode(input: string): string {
  const ascii = input.normalize('NFKC').replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => {
    const point = digit.codePointAt(0) ?? ARABIC_INDIC_ZERO;
    const zero = point >= EXTENDED_ARABIC_INDIC_ZERO ? EXTENDED_ARABIC_INDIC_ZERO : ARABIC_INDIC_ZERO;
    return String(point - zero);
  });
  const compact = ascii.toUpperCase().replace(SEPARATORS, '');
  return Array.from(compact, (char) => LOOK_ALIKES[char] ?? char).join('');
}

/** The canonical, grouped form of a typed code, or what is wrong with it. */
export function parseRecoveryCode(input: string): Result<string, RecoveryCodeProblem> {
  const symbols = normalizeRecoveryCode(input);
  const badPosition = Array.from(symbols).findIndex((char) => !RECOVERY_CODE_ALPHABET.includes(char));
  if (badPosition >= 0) return err({ code: 'bad-character', position: badPosition });
  if (symbols.length !== RECOVERY_CODE_CHARS) {
    return err({ code: 'wrong-length', length: symbols.length, expected: RECOVERY_CODE_CHARS });
  }
  const data = symbols.slice(0, RECOVERY_CODE_DATA_CHARS);
  if (symbols.slice(RECOVERY_CODE_DATA_CHARS) !== checkSymbols(data)) return err({ code: 'checksum' });
  return ok(formatGroups(symbols));
}

/**
 * The secret to derive the recovery key-encryption key from (pass it as the passphrase
 * to wrapWithPassphrase / unwrapWithPassphrase): the code's 30 symbols, without groups,
 * so any accepted spelling of the code opens the wrap.
 * @throws TypeError if the code is not valid
 */
export function recoveryCodeSecret(input: string): string {
  const parsed = parseRecoveryCode(input);
  if (!parsed.ok) throw new TypeError(`recovery code: ${parsed.error.code}`);
  return normalizeRecoveryCode(parsed.value);
}

function checkSymbols(data: string): string {
  return symbol(dammCheck(data)) + hashCheck(data);
}

/**
 * Damm's check over the quasigroup x ∘ y = 2·x + y in GF(32): totally anti-symmetric, so
 * any one changed symbol or swapped neighbours change the result. The check symbol is the
 * one that brings the running value to 0.
 */
function dammCheck(data: string): number {
  let interim = 0;
  for (const char of data) interim = timesX(interim) ^ RECOVERY_CODE_ALPHABET.indexOf(char);
  return timesX(interim);
}

function timesX(value: number): number {
  const shifted = value << 1;
  return shifted & (SYMBOL_MASK + 1) ? shifted ^ GF32_MODULUS : shifted;
}

function hashCheck(data: string): string {
  const digest = sha256(utf8Encode(CHECK_DOMAIN + data));
  const bits = ((digest[0] ?? 0) << 8) | (digest[1] ?? 0);
  let out = '';
  for (let i = HASH_CHECK_CHARS - 1; i >= 0; i--) {
    out += symbol((bits >> (i * SYMBOL_BITS_PER_CHAR)) & SYMBOL_MASK);
  }
  return out;
}

function symbol(index: number): string {
  return RECOVERY_CODE_ALPHABET.charAt(index);
}

function formatGroups(symbols: string): string {
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += RECOVERY_CODE_GROUP_CHARS) {
    groups.push(symbols.slice(i, i + RECOVERY_CODE_GROUP_CHARS));
  }
  return groups.join('-');
}
