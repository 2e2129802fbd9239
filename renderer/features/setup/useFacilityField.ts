import { useTranslation } from 'react-i18next';
import type { FacilityErrors, FacilityFormValues } from './facilityForm';

type TextFieldName = 'name' | 'code' | 'registerPrefix' | 'location' | 'responsibleAuthority' | 'officialCapacity';

/** The value, change handler and translated error of one text field of the facility form. */
export function useFacilityField(values: FacilityFormValues, errors: FacilityErrors, onChange: (values: FacilityFormValues) => void) {
  const { t } = useTranslation();
  return (field: TextFieldName) => {
    const error = errors[field];
    return {
      value: values[field],
      onValueChange: (value: string) => {
        onChange({ ...values, [field]: value });
      },
      error: error === undefined ? undefined : t(error),
    };
  };
}
