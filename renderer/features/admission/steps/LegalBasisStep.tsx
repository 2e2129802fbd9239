import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Section';
import { useCustodyLabels } from '../../custody';
import { KnownTextField } from '../fields/KnownTextField';
import type { StepProps } from './stepProps';

/** Who ordered the detention, on what grounds and by which order, and who supervises it (CED 17(3)(c)–(d)). */
export function LegalBasisStep({ headingRef }: StepProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  return (
    <Section title={labels.section('legalBasis')} hint={t('admission.steps.legalBasisHint')} headingRef={headingRef}>
      <KnownTextField fieldId="legalBasis.orderingAuthority" />
      <KnownTextField fieldId="legalBasis.grounds" kind="textarea" />
      <KnownTextField fieldId="legalBasis.orderReference" dir="ltr" />
      <KnownTextField fieldId="legalBasis.orderDate" kind="date" />
      <KnownTextField fieldId="legalBasis.supervisingAuthority" />
    </Section>
  );
}
