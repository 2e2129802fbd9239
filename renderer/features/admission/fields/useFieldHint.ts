import { useTranslation } from 'react-i18next';
import { useAdmissionForm } from '../formContext';

/** A field's hint, starting with "Required." when the standards require it of this person. */
export function useFieldHint(fieldId: string, hint: string | undefined): string | undefined {
  const { t } = useTranslation();
  const { view } = useAdmissionForm();
  const required = view.required.has(fieldId) ? t('admission.hint.required') : undefined;
  const text = [required, hint].filter((part) => part !== undefined && part !== '').join(' ');
  return text === '' ? undefined : text;
}
