import { useTranslation } from 'react-i18next';
import type { Template } from '@shared/inspection/template';
import { Button } from '../../../ui/Button';
import { MEASUREMENTS_STEP, REVIEW_STEP } from '../draft';
import { useTemplateLanguage } from '../queries';
import { neighbourStep } from './runSteps';

type StepNavigationProps = { template: Template; step: string; onStep: (step: string) => void };

/** Previous and next, each naming where it leads, at the end of every step (where the keyboard arrives). */
export function StepNavigation({ template, step, onStep }: StepNavigationProps) {
  const { t } = useTranslation();
  const language = useTemplateLanguage();
  const titleOf = (id: string): string => {
    if (id === MEASUREMENTS_STEP) return t('inspections.measurements.title');
    if (id === REVIEW_STEP) return t('inspections.review.title');
    return template.sections.find((section) => section.id === id)?.title[language] ?? id;
  };
  const previous = neighbourStep(template, step, -1);
  const next = neighbourStep(template, step, 1);
  return (
    <div className="button-row run-step-nav no-print">
      {previous === undefined ? null : (
        <Button onClick={() => { onStep(previous); }}>{t('inspections.run.previous', { step: titleOf(previous) })}</Button>
      )}
      {next === undefined ? null : (
        <Button variant="primary" onClick={() => { onStep(next); }}>
          {t('inspections.run.next', { step: titleOf(next) })}
        </Button>
      )}
    </div>
  );
}
