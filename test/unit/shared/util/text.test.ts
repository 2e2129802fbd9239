import { describe, expect, it } from 'vitest';
import { asciiDigits, cleanText, textProblem } from '@shared/util/text';

describe('typed text', () => {
  it('is stored trimmed and in NFC', () => {
    expect(cleanText('  cafe\u0301 ')).toBe('café');
  });

  it('is refused when empty, too long, or hiding control or bidi-control characters', () => {
    expect(textProblem('   ', 10)).toBe('required');
    expect(textProblem('x'.repeat(11), 10)).toBe('too-long');
    expect(textProblem('abc\u202Edef', 10)).toBe('control');
    expect(textProblem('ali\u0000', 10)).toBe('control');
    expect(textProblem('زينب', 10)).toBeNull();
  });

  it('reads Arabic-Indic and Eastern Arabic-Indic digits as ASCII', () => {
    expect(asciiDigits('٤٥٠ and ۱۲')).toBe('450 and 12');
  });
});
