import { useTranslation } from 'react-i18next';
import { AGE_GROUPS, QUARTERS, STATUS_GROUPS } from '@shared/custody/events/common';
import { Section } from '../../../ui/Section';
import { useCustodyLabels } from '../../custody';
import { useAdmissionForm } from '../formContext';
import { KnownGroup } from '../fields/KnownGroup';
import { KnownTextField } from '../fields/KnownTextField';
import { PlainDateTimeField } from '../fields/PlainDateTimeField';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';
import type { StepProps } from './stepProps';

/** A child placed with adults, or a woman in men's quarters: said at once, not only later as an overdue safeguard. */
function SeparationWarnings() {
  const { t } = useTranslation();
  const { draft, view } = useAdmissionForm();
  const warnings = [
    view.facts.childStatus === 'child' && draft.values['admission.separation.ageGroup'] === 'adult' ? t('admission.warning.childWithAdults') : null,
    view.facts.isWoman === true && draft.values['admission.separation.quarters'] === 'men' ? t('admission.warning.womanWithMen') : null,
  ].filter((warning): warning is string => warning !== null);
  if (warnings.length === 0) return null;
  return (
    <ul className="admission-warnings" role="status">
      {warnings.map((warning) => (
        <li key={warning}>{warning}</li>
      ))}
    </ul>
  );
}

function SeparationGroup() {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  return (
    <KnownGroup fieldId="admission.separation" hint={t('admission.hint.separation')}>
      <SelectInput fieldId="admission.separation.quarters" label={labels.field('admission.separation.quarters')} options={QUARTERS.map((value) => ({ value, label: labels.quarters(value) }))} />
      <SelectInput fieldId="admission.separation.ageGroup" label={labels.field('admission.separation.ageGroup')} options={AGE_GROUPS.map((value) => ({ value, label: labels.ageGroup(value) }))} />
      <SelectInput
        fieldId="admission.separation.statusGroup"
        label={labels.field('admission.separation.statusGroup')}
        options={STATUS_GROUPS.map((value) => ({ value, label: labels.statusGroup(value) }))}
      />
      <SeparationWarnings />
    </KnownGroup>
  );
}

/** Arrival at this facility: when, from where, under whose escort, rights explained, and where the person is held. */
export function ArrivalStep({ headingRef }: StepProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  return (
    <Section title={labels.section('admission')} hint={t('admission.steps.admissionHint')} headingRef={headingRef}>
      <PlainDateTimeField fieldId="admission.at" hint={t('admission.hint.admissionAt')} />
      <TextInput fieldId="admission.place" label={labels.field('admission.place')} />
      <TextInput fieldId="admission.responsibleAuthority" label={labels.field('admission.responsibleAuthority')} />
      <KnownTextField fieldId="admission.escortingAuthority" />
      <KnownTextField fieldId="admission.placeOfOrigin" />
      <KnownGroup fieldId="admission.rightsInformation" hint={t('admission.hint.rightsInformation')}>
        <PlainDateTimeField fieldId="admission.rightsInformation.at" />
        <TextInput fieldId="admission.rightsInformation.language" label={labels.field('admission.rightsInformation.language')} />
        <TextInput fieldId="admission.rightsInformation.format" label={labels.field('admission.rightsInformation.format')} />
      </KnownGroup>
      <KnownTextField fieldId="admission.placement" />
      <SeparationGroup />
    </Section>
  );
}
