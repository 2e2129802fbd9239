import type { ValidationProblem } from '@shared/custody/validation';
import { useTranslation } from 'react-i18next';
import { useCustodyLabels } from '../custody';
import type { MissingField } from './fields/formValues';

/**
 * The message next to each field, by form path: what is missing, or what a rule refused.
 * The field's own label is already beside it, so the message does not repeat it.
 */
export function useFieldErrors(missing: readonly MissingField[], problems: readonly ValidationProblem[], prefix = ''): (path: string) => string | undefined {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  return (path) => {
    const absent = missing.find((field) => field.path === path);
    if (absent !== undefined) {
      if (absent.kind === 'known') return t('detainee.form.missingKnown');
      return absent.kind === 'choice' ? t('detainee.form.missingChoice') : t('detainee.form.missingValue');
    }
    const refused = problems.filter((item) => `${prefix}${item.path}` === path);
    return refused.length === 0 ? undefined : refused.map((item) => labels.problem({ ...item, path: '' })).join(' ');
  };
}
