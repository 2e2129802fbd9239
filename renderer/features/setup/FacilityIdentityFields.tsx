import { useTranslation } from 'react-i18next';
import { FACILITY_TYPES } from '@shared/ledger/coreEventTypes';
import type { TranslationKey } from '../../i18n/translationKey';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import type { FacilityErrors, FacilityFormValues, FacilityType } from './facilityForm';
import { useFacilityField } from './useFacilityField';

const TYPE_LABELS: Readonly<Record<FacilityType, TranslationKey>> = {
  prison: 'setup.facility.types.prison',
  police_station: 'setup.facility.types.policeStation',
  military: 'setup.facility.types.military',
  internment: 'setup.facility.types.internment',
};

type FieldsProps = { values: FacilityFormValues; errors: FacilityErrors; onChange: (values: FacilityFormValues) => void };

/** What the facility is called and what kind of place it is. */
export function FacilityIdentityFields({ values, errors, onChange }: FieldsProps) {
  const { t } = useTranslation();
  const bind = useFacilityField(values, errors, onChange);
  const typeOptions = FACILITY_TYPES.map((type) => ({ value: type, label: t(TYPE_LABELS[type]) }));
  return (
    <>
      <TextField label={t('setup.facility.name')} hint={t('setup.facility.nameHint')} autoComplete="off" dir="auto" {...bind('name')} />
      <TextField label={t('setup.facility.code')} hint={t('setup.facility.codeHint')} autoComplete="off" dir="auto" {...bind('code')} />
      <TextField
        label={t('setup.facility.prefix')}
        hint={t('setup.facility.prefixHint')}
        autoComplete="off"
        dir="ltr"
        {...bind('registerPrefix')}
      />
      <SelectField<FacilityType>
        label={t('setup.facility.type')}
        options={typeOptions}
        value={values.type}
        onValueChange={(type) => {
          onChange({ ...values, type });
        }}
      />
    </>
  );
}
