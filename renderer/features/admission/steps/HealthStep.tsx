import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Section';
import { useCustodyLabels } from '../../custody';
import { useAdmissionForm } from '../formContext';
import { KnownGroup } from '../fields/KnownGroup';
import { KnownTextField } from '../fields/KnownTextField';
import { PlainDateTimeField } from '../fields/PlainDateTimeField';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';
import { TextListField } from '../fields/TextListField';
import { useYesNoOptions } from '../fields/useYesNoOptions';
import type { StepProps } from './stepProps';

/** Injuries seen, or allegations heard: whether there are any, and what they are (SMR 7(d)). */
function FindingGroup({ fieldId, hint }: { fieldId: 'health.visibleInjuries' | 'health.priorIllTreatment'; hint: string }) {
  const labels = useCustodyLabels();
  const yesNo = useYesNoOptions();
  return (
    <KnownGroup fieldId={fieldId} hint={hint}>
      <SelectInput fieldId={`${fieldId}.present`} label={labels.field(`${fieldId}.present`)} options={yesNo} />
      <TextInput fieldId={`${fieldId}.description`} label={labels.field(`${fieldId}.description`)} multiline />
    </KnownGroup>
  );
}

function ExaminationGroup() {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  return (
    <KnownGroup fieldId="health.examination" hint={t('admission.hint.examination')}>
      <PlainDateTimeField fieldId="health.examination.at" />
      <TextInput fieldId="health.examination.examiner" label={labels.field('health.examination.examiner')} />
    </KnownGroup>
  );
}

function ReferralGroup() {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  return (
    <KnownGroup fieldId="health.tortureReferral" hint={t('admission.hint.tortureReferral')}>
      <PlainDateTimeField fieldId="health.tortureReferral.at" />
      <TextInput fieldId="health.tortureReferral.authority" label={labels.field('health.tortureReferral.authority')} />
      <KnownTextField fieldId="health.tortureReferral.reference" dir="ltr" />
    </KnownGroup>
  );
}

/** Health on admission: examination or refusal, injuries, allegations, conditions; for women, Bangkok Rules items. */
export function HealthStep({ headingRef }: StepProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const { view } = useAdmissionForm();
  const isChild = view.facts.childStatus === 'child';
  return (
    <Section title={labels.section('health')} hint={t('admission.steps.healthHint')} headingRef={headingRef}>
      <ExaminationGroup />
      <FindingGroup fieldId="health.visibleInjuries" hint={t('admission.hint.visibleInjuries')} />
      <FindingGroup fieldId="health.priorIllTreatment" hint={t('admission.hint.priorIllTreatment')} />
      <KnownTextField fieldId="health.conditions" kind="textarea" hint={isChild ? t('admission.hint.childHealth') : undefined} />
      <KnownTextField fieldId="health.dependence" kind="textarea" hint={isChild ? t('admission.hint.childHealth') : undefined} />
      <TextListField fieldId="health.vulnerabilities" allowsNone hint={t('admission.hint.vulnerabilities')} />
      {view.facts.isWoman === true ? (
        <fieldset className="admission-extra">
          <legend className="admission-extra-title">{t('admission.women.title')}</legend>
          <KnownTextField fieldId="health.reproductiveHealth" kind="textarea" hint={t('admission.women.reproductiveHint')} />
        </fieldset>
      ) : null}
      <ReferralGroup />
    </Section>
  );
}
