import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '../../../../../renderer/features/inspections/numberInput';

const DECIMAL = { max: 1000 };
const COUNT = { isWhole: true, max: 1000 };

describe('reading typed figures', () => {
  it('reads Western and Arabic-Indic digits, with a point, a comma or the Arabic separator', () => {
    expect(parseNumberInput('3.4', DECIMAL)).toEqual({ kind: 'number', value: 3.4 });
    expect(parseNumberInput(' 3,4 ', DECIMAL)).toEqual({ kind: 'number', value: 3.4 });
    expect(parseNumberInput('٣٫٤', DECIMAL)).toEqual({ kind: 'number', value: 3.4 });
    expect(parseNumberInput('۱۲', COUNT)).toEqual({ kind: 'number', value: 12 });
  });

  it('treats empty text as no figure, never as zero', () => {
    expect(parseNumberInput('', DECIMAL)).toEqual({ kind: 'empty' });
    expect(parseNumberInput('   ', COUNT)).toEqual({ kind: 'empty' });
  });

  it('refuses grouping, units and words rather than guessing', () => {
    for (const text of ['1,500.5', '1 500', '34 m2', 'ten', '3.', '.5', '3..4']) {
      expect(parseNumberInput(text, DECIMAL)).toEqual({ kind: 'problem', problem: 'not-a-number' });
    }
  });

  it('applies the rules of the figure: whole, not negative, not absurdly large', () => {
    expect(parseNumberInput('2.5', COUNT)).toEqual({ kind: 'problem', problem: 'not-whole' });
    expect(parseNumberInput('-1', DECIMAL)).toEqual({ kind: 'problem', problem: 'negative' });
    expect(parseNumberInput('−4', { allowNegative: true, max: 10 })).toEqual({ kind: 'number', value: -4 });
    expect(parseNumberInput('1001', DECIMAL)).toEqual({ kind: 'problem', problem: 'too-big' });
  });
});
