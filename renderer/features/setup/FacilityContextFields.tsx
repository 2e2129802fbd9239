import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LEGAL_REGIMES } from '@shared/ledger/coreEventTypes';
import type { TranslationKey } from '../../i18n/translationKey';
import { RadioGroup } from '../../ui/RadioGroup';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import type { FacilityErrors, FacilityFormValues, LegalRegime } from './facilityForm';
import { timeZoneOptions } from './timeZones';
import { useFacilityField } from './useFacilityField';

const REGIME_LABELS: Readonly<Record<LegalRegime, TranslationKey>> = {
  iac: 'setup.facility.regimes.iac',
  niac: 'setup.facility.regimes.niac',
  criminal: 'setup.facility.regimes.criminal',
};

type FieldsProps = { values: FacilityFormValues; errors: FacilityErrors; onChange: (values: FacilityFormValues) => void };

/** Where the facility is, who answers for it, how many it may hold, its clock and its law. */
export function FacilityContextFields({ values, errors, onChange }: FieldsProps) {
  const { t } = useTranslation();
  const bind = useFacilityField(values, errors, onChange);
  const zones = useMemo(() => timeZoneOptions(values.timeZone), [values.timeZone]);
  const regimeOptions = LEGAL_REGIMES.map((regime) => ({ value: regime, label: t(REGIME_LABELS[regime]) }));
  return (
    <>
      <TextField label={t('setup.facility.location')} hint={t('setup.facility.locationHint')} autoComplete="off" dir="auto" {...bind('location')} />
      <TextField label={t('setup.facility.authority')} hint={t('setup.facility.authorityHint')} autoComplete="off" dir="auto" {...bind('responsibleAuthority')} />
      <TextField label={t('setup.facility.capacity')} hint={t('setup.facility.capacityHint')} inputMode="numeric" autoComplete="off" {...bind('officialCapacity')} />
      <SelectField
        label={t('setup.facility.timeZone')}
        hint={t('setup.facility.timeZoneHint')}
        error={errors.timeZone ? t(errors.timeZone) : undefined}
        options={zones}
        value={values.timeZone}
        dir="ltr"
        onValueChange={(timeZone) => {
          onChange({ ...values, timeZone });
        }}
      />
      <RadioGroup<LegalRegime>
        legend={t('setup.facility.regime')}
        hint={t('setup.facility.regimeHint')}
        options={regimeOptions}
        value={values.legalRegime}
        onValueChange={(legalRegime) => {
          onChange({ ...values, legalRegime });
        }}
      />
    </>
  );
}
