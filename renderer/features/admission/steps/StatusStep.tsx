import { useTranslation } from 'react-i18next';
import { LEGAL_CATEGORIES } from '@shared/custody/events/common';
import { LEGAL_REGIMES } from '@shared/ledger/coreEventTypes';
import { Section } from '../../../ui/Section';
import { useCustodyLabels } from '../../custody';
import { useAdmissionForm } from '../formContext';
import { KnownSelectField } from '../fields/KnownSelectField';
import { KnownTextField } from '../fields/KnownTextField';
import { SelectInput } from '../fields/SelectInput';
import type { StepProps } from './stepProps';

/** Rank, service number and the Power depended on: asked only of prisoners of war (GC III arts. 17, 122). */
function PrisonerOfWarFields() {
  const { t } = useTranslation();
  return (
    <fieldset className="admission-extra">
      <legend className="admission-extra-title">{t('admission.pow.title')}</legend>
      <p className="field-hint">{t('admission.pow.hint')}</p>
      <KnownTextField fieldId="identity.militaryRank" />
      <KnownTextField fieldId="identity.serviceNumber" dir="ltr" />
      <KnownTextField fieldId="identity.powerDependedOn" />
    </fieldset>
  );
}

/** Legal category and regime: which safeguard rules apply, and whether prisoner-of-war details are asked. */
export function StatusStep({ headingRef }: StepProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const { view } = useAdmissionForm();
  return (
    <Section title={labels.section('status')} hint={t('admission.steps.statusHint')} headingRef={headingRef}>
      <KnownSelectField
        fieldId="status.legalCategory"
        options={LEGAL_CATEGORIES.map((value) => ({ value, label: labels.legalCategory(value) }))}
        hint={t('admission.hint.legalCategory')}
      />
      {view.facts.isPow === true ? <PrisonerOfWarFields /> : null}
      <SelectInput
        fieldId="status.legalRegime"
        label={labels.field('status.legalRegime')}
        options={LEGAL_REGIMES.map((value) => ({ value, label: labels.legalRegime(value) }))}
        hint={t('admission.hint.legalRegime')}
        canBeEmpty={false}
      />
    </Section>
  );
}
