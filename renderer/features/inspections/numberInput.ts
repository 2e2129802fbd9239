/**
 * Reading figures as people type them: Western or Arabic-Indic digits, and a comma, a
 * point or the Arabic decimal separator before the decimals. Nothing else is guessed:
 * grouping separators, units or words are refused, so "1,500" never silently becomes 1.5
 * in one language and 1500 in another.
 */

/** Why typed text is not an acceptable figure. */
export const NUMBER_PROBLEMS = ['not-a-number', 'not-whole', 'negative', 'too-big'] as const;
export type NumberProblem = (typeof NUMBER_PROBLEMS)[number];

export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'problem'; problem: NumberProblem };

export type NumberRules = {
  /** Only whole numbers (counts). */
  isWhole?: boolean;
  /** Negative values accepted (a measured temperature); counts and areas never are. */
  allowNegative?: boolean;
  max: number;
};

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;
const DECIMAL_PATTERN = /^-?\d+(?:\.\d+)?$/;

function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= EXTENDED_ARABIC_INDIC_ZERO ? EXTENDED_ARABIC_INDIC_ZERO : ARABIC_INDIC_ZERO;
    return String(code - zero);
  });
}

/** The typed text as a number in plain form, or null if it is not one. */
function normalised(text: string): string | null {
  // U+066B is the Arabic decimal separator; U+2212 the minus sign some keyboards type.
  const plain = westernDigits(text.trim()).replace(/[,\u066B]/g, '.').replace(/\u2212/g, '-');
  return DECIMAL_PATTERN.test(plain) ? plain : null;
}

export function parseNumberInput(text: string, rules: NumberRules): ParsedNumber {
  if (text.trim() === '') return { kind: 'empty' };
  const plain = normalised(text);
  if (plain === null) return { kind: 'problem', problem: 'not-a-number' };
  const value = Number(plain);
  if (!Number.isFinite(value)) return { kind: 'problem', problem: 'not-a-number' };
  if (value < 0 && rules.allowNegative !== true) return { kind: 'problem', problem: 'negative' };
  if (rules.isWhole === true && !Number.isInteger(value)) return { kind: 'problem', problem: 'not-whole' };
  if (Math.abs(value) > rules.max) return { kind: 'problem', problem: 'too-big' };
  return { kind: 'number', value };
}
