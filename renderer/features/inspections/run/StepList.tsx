import { useTranslation } from 'react-i18next';
import type { Template } from '@shared/inspection/template';
import { useFormat } from '../../../i18n/useFormat';
import type { StepNavItem } from '../../../ui/StepNav';
import { StepNav } from '../../../ui/StepNav';
import type { InspectionDraft } from '../draft';
import { MEASUREMENTS_STEP, REVIEW_STEP } from '../draft';
import { useTemplateLanguage } from '../queries';
import { figuresProgress, sectionProgress } from '../sectionProgress';

type StepListProps = {
  template: Template;
  draft: InspectionDraft;
  current: string;
  /** Steps with a problem to correct before finishing. */
  stepsWithProblems: ReadonlySet<string>;
  onStep: (step: string) => void;
};

/** The measurements, every section of the checklist and the review, with their completion in words. */
function useStepItems(template: Template, draft: InspectionDraft, stepsWithProblems: ReadonlySet<string>): StepNavItem<string>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useTemplateLanguage();
  // "3 of 7", in the reader's digits.
  const counted = (answered: number, total: number) => t('inspections.run.stepProgress', { answered: format.number(answered), total: format.number(total) });
  const figures = figuresProgress(draft);
  const units = draft.units.length;
  const measurements: StepNavItem<string> = {
    id: MEASUREMENTS_STEP,
    label: t('inspections.measurements.title'),
    status: t('inspections.run.measurementsProgress', { count: units, units: format.number(units), figures: counted(figures.answered, figures.total) }),
    isDone: units > 0 && figures.answered === figures.total,
    hasProblem: stepsWithProblems.has(MEASUREMENTS_STEP),
  };
  const sections = template.sections.map((section): StepNavItem<string> => {
    const progress = sectionProgress(draft, section);
    const status = counted(progress.answered, progress.total);
    return { id: section.id, label: section.title[language], status, isDone: progress.answered === progress.total, hasProblem: stepsWithProblems.has(section.id) };
  });
  const review = { id: REVIEW_STEP, label: t('inspections.review.title'), status: '', isDone: false, hasProblem: stepsWithProblems.has(REVIEW_STEP) };
  return [measurements, ...sections, review];
}

/** Every step with its completion, in words as well as marks; the current one is announced as such. */
export function StepList({ template, draft, current, stepsWithProblems, onStep }: StepListProps) {
  const { t } = useTranslation();
  const items = useStepItems(template, draft, stepsWithProblems);
  return <StepNav label={t('inspections.run.stepsLabel')} items={items} current={current} problemText={t('inspections.run.stepHasProblem')} onStep={onStep} />;
}
