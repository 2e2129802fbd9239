import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../../../ui/SelectField';

/** "Yes" and "No", for the yes/no fields (foreign national, interpreter needed, consent). */
export function useYesNoOptions(): readonly SelectOption<string>[] {
  const { t } = useTranslation();
  return [
    { value: 'yes', label: t('admission.answer.yes') },
    { value: 'no', label: t('admission.answer.no') },
  ];
}
