import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import type { StepId } from './formFields';
import { STEPS } from './formFields';
import { useStepTitle } from './useStepTitle';

type StepNavigationProps = { step: StepId; onStep: (step: StepId) => void };

/** Previous and next, each naming where it leads, at the end of every step (where the keyboard arrives). */
export function StepNavigation({ step, onStep }: StepNavigationProps) {
  const { t } = useTranslation();
  const titleOf = useStepTitle();
  const index = STEPS.indexOf(step);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  return (
    <div className="button-row admission-step-nav">
      {previous === undefined ? null : (
        <Button onClick={() => { onStep(previous); }}>{t('admission.sections.previous', { step: titleOf(previous) })}</Button>
      )}
      {next === undefined ? null : (
        <Button variant="primary" onClick={() => { onStep(next); }}>
          {t('admission.sections.next', { step: titleOf(next) })}
        </Button>
      )}
    </div>
  );
}
