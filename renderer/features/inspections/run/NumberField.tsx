import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/TextField';
import { PROBLEM_KEYS } from '../labels';
import type { NumberRules } from '../numberInput';
import { parseNumberInput } from '../numberInput';

type NumberFieldProps = {
  label: string;
  hint?: string;
  value: string;
  rules: NumberRules;
  onValueChange: (value: string) => void;
};

/**
 * A figure typed as text (so "3,5" or Arabic-Indic digits are kept as typed), checked as it
 * is typed: the error says what is wrong and what to type instead.
 */
export function NumberField({ label, hint, value, rules, onValueChange }: NumberFieldProps) {
  const { t } = useTranslation();
  const parsed = parseNumberInput(value, rules);
  const error = parsed.kind === 'problem' ? t(PROBLEM_KEYS[parsed.problem]) : undefined;
  return (
    <TextField
      label={label}
      hint={hint}
      error={error}
      value={value}
      inputMode={rules.isWhole === true ? 'numeric' : 'decimal'}
      autoComplete="off"
      className="field-number"
      onValueChange={onValueChange}
    />
  );
}
