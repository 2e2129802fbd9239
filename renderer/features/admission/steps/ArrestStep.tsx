import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Section';
import { useCustodyLabels } from '../../custody';
import { KnownDateTimeField } from '../fields/KnownDateTimeField';
import { KnownTextField } from '../fields/KnownTextField';
import type { StepProps } from './stepProps';

/** When, where and by whom the person was deprived of liberty, and why (CED 17(3)(b), BoP 12). */
export function ArrestStep({ headingRef }: StepProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  return (
    <Section title={labels.section('arrest')} hint={t('admission.steps.arrestHint')} headingRef={headingRef}>
      <KnownDateTimeField fieldId="arrest.at" hint={t('admission.hint.arrestAt')} />
      <KnownTextField fieldId="arrest.place" />
      <KnownTextField fieldId="arrest.authority" />
      <KnownTextField fieldId="arrest.unit" />
      <KnownTextField fieldId="arrest.partnerForce" hint={t('admission.hint.partnerForce')} />
      <KnownTextField fieldId="arrest.officials" kind="textarea" hint={t('admission.hint.officials')} />
      <KnownTextField fieldId="arrest.reasons" kind="textarea" />
      <KnownDateTimeField fieldId="arrest.reasonsToldAt" hint={t('admission.hint.reasonsToldAt')} />
    </Section>
  );
}
