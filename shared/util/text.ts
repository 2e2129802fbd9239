/**
 * Typed text as forms keep it: trimmed and NFC-normalised (security.md T2 d) before it is
 * checked or stored, and refused when empty, too long, or carrying control or
 * bidi-control characters that could hide or reorder text (the rule of textSchema in
 * ledger/envelope.ts, checked here first so a form can say which field is wrong).
 */

const CONTROL_CHARS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** Why a text was refused. */
export type TextProblem = 'required' | 'too-long' | 'control';

/** The text as it will be stored: NFC, without leading or trailing spaces. */
export function cleanText(value: string): string {
  return value.normalize('NFC').trim();
}

/** What is wrong with the text for a field of at most `maxChars`, or null. */
export function textProblem(value: string, maxChars: number): TextProblem | null {
  const text = cleanText(value);
  if (text === '') return 'required';
  if (text.length > maxChars) return 'too-long';
  return CONTROL_CHARS.test(text) ? 'control' : null;
}

/** Arabic-Indic and Eastern Arabic-Indic digits as ASCII, so `٤٥٠` is read as 450. */
export function asciiDigits(value: string): string {
  return value.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => {
    const point = digit.codePointAt(0) ?? 0;
    return String(point - (point >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}
