import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateRecoveryCode,
  normalizeRecoveryCode,
  parseRecoveryCode,
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_CHARS,
  RECOVERY_CODE_ENTROPY_BITS,
  recoveryCodeSecret,
} from '@shared/crypto/recoveryCode';

const GROUPED = /^[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){5}$/;

describe('generateRecoveryCode', () => {
  it('makes valid, distinct codes in six groups of five with at least 128 bits', () => {
    expect(RECOVERY_CODE_ENTROPY_BITS).toBeGreaterThanOrEqual(128);
    const codes = Array.from({ length: 50 }, () => generateRecoveryCode());
    expect(new Set(codes).size).toBe(50);
    for (const code of codes) {
      expect(code).toMatch(GROUPED);
      expect(parseRecoveryCode(code)).toEqual({ ok: true, value: code });
    }
  });
});

describe('reading a code back', () => {
  const code = generateRecoveryCode();

  it('forgives case, spacing, dashes and look-alike letters', () => {
    const sloppy = `  ${code.toLowerCase().replaceAll('-', ' – ').replaceAll('0', 'o').replaceAll('1', 'l')} `;
    expect(parseRecoveryCode(sloppy)).toEqual({ ok: true, value: code });
    expect(recoveryCodeSecret(sloppy)).toBe(code.replaceAll('-', ''));
  });

  it('reads full-width and Arabic-Indic digits', () => {
    expect(normalizeRecoveryCode('０１٢۳')).toBe('0123');
    expect(normalizeRecoveryCode('oIl-u')).toBe('011U');
  });

  it('detects every single mistyped symbol and every swap of neighbours', () => {
    for (const sample of Array.from({ length: 5 }, () => generateRecoveryCode().replaceAll('-', ''))) {
      for (let position = 0; position < RECOVERY_CODE_CHARS; position++) {
        for (const substitute of RECOVERY_CODE_ALPHABET) {
          if (sample.charAt(position) === substitute) continue;
          const typo = sample.slice(0, position) + substitute + sample.slice(position + 1);
          expect(parseRecoveryCode(typo)).toEqual({ ok: false, error: { code: 'checksum' } });
        }
        const next = sample.charAt(position + 1);
        if (next === '' || next === sample.charAt(position)) continue;
        const swapped = sample.slice(0, position) + next + sample.charAt(position) + sample.slice(position + 2);
        expect(parseRecoveryCode(swapped)).toEqual({ ok: false, error: { code: 'checksum' } });
      }
    }
  });

  it('detects most other mistakes', () => {
    const sample = code.replaceAll('-', '');
    let undetected = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.nat(RECOVERY_CODE_CHARS - 1), fc.integer({ min: 1, max: 31 })), {
          minLength: 2,
          maxLength: 4,
          selector: ([position]) => position,
        }),
        (changes) => {
          const chars = Array.from(sample);
          for (const [position, shift] of changes) {
            const index = RECOVERY_CODE_ALPHABET.indexOf(chars[position] ?? '0');
            chars[position] = RECOVERY_CODE_ALPHABET.charAt((index + shift) % RECOVERY_CODE_ALPHABET.length);
          }
          if (parseRecoveryCode(chars.join('')).ok) undetected += 1;
        },
      ),
      { numRuns: 300 },
    );
    // 15 check bits beyond Damm's: about one miss in 32,768; allow a little luck.
    expect(undetected).toBeLessThanOrEqual(1);
  });

  it('says what is wrong', () => {
    expect(parseRecoveryCode(code.slice(0, -1))).toMatchObject({ ok: false, error: { code: 'wrong-length' } });
    expect(parseRecoveryCode(`${code}-A`)).toMatchObject({ ok: false, error: { code: 'wrong-length' } });
    expect(parseRecoveryCode(`U${code.slice(1)}`)).toEqual({ ok: false, error: { code: 'bad-character', position: 0 } });
    expect(parseRecoveryCode('')).toMatchObject({ ok: false, error: { code: 'wrong-length', length: 0 } });
    expect(() => recoveryCodeSecret('nope')).toThrow(TypeError);
  });
});
