import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacilityProfile } from '@shared/ledger/coreEventTypes';
import { Button } from '../../ui/Button';
import { FacilityContextFields } from './FacilityContextFields';
import type { FacilityErrors, FacilityFormValues } from './facilityForm';
import { validateFacility } from './facilityForm';
import { FacilityIdentityFields } from './FacilityIdentityFields';
import { useFocusFirstError } from '../../ui/useFocusFirstError';

type FacilityStepProps = {
  values: FacilityFormValues;
  onChange: (values: FacilityFormValues) => void;
  onBack: () => void;
  onNext: (profile: FacilityProfile) => void;
};

/** The facility profile, checked when the person moves on; each field says what is wrong with it. */
export function FacilityStep({ values, onChange, onBack, onNext }: FacilityStepProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FacilityErrors>({});
  const [attempt, setAttempt] = useState(0);
  useFocusFirstError(formRef, attempt);
  return (
    <form
      ref={formRef}
      noValidate
      className="setup-step"
      aria-label={t('setup.steps.facility')}
      onSubmit={(event) => {
        event.preventDefault();
        const result = validateFacility(values);
        setErrors(result.errors);
        setAttempt((count) => count + 1);
        if (result.profile) onNext(result.profile);
      }}
    >
      <FacilityIdentityFields values={values} errors={errors} onChange={onChange} />
      <FacilityContextFields values={values} errors={errors} onChange={onChange} />
      <div className="button-row">
        <Button onClick={onBack}>{t('setup.back')}</Button>
        <Button type="submit" variant="primary">
          {t('setup.next')}
        </Button>
      </div>
    </form>
  );
}
