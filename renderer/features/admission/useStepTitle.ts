import { useTranslation } from 'react-i18next';
import { useCustodyLabels } from '../custody';
import type { StepId } from './formFields';

/** A step's title: its section's name in the register's vocabulary, or "Review and admit". */
export function useStepTitle(): (step: StepId) => string {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  return (step) => (step === 'review' ? t('admission.review.title') : labels.section(step));
}
