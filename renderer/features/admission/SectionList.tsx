import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { StepNavItem } from '../../ui/StepNav';
import { StepNav } from '../../ui/StepNav';
import type { StepId } from './formFields';
import { SECTIONS, STEPS } from './formFields';
import { useStepTitle } from './useStepTitle';
import type { AdmissionView } from './queries';

type SectionListProps = {
  current: StepId;
  view: AdmissionView;
  /** Steps holding a problem to fix before admitting. */
  stepsWithProblems: ReadonlySet<StepId>;
  onStep: (step: StepId) => void;
};

/** Each step's progress and gaps in words ("12 of 19 answered, 2 gaps"); the total for the review. */
function useStepStatus(view: AdmissionView): (step: StepId) => { text: string; gaps: number; isDone: boolean } {
  const { t } = useTranslation();
  const format = useFormat();
  return (step) => {
    if (step === 'review') {
      const gaps = view.gaps.length;
      return { text: t('admission.sections.gapsOnly', { count: gaps, number: format.number(gaps) }), gaps, isDone: false };
    }
    const { answered, total, gaps } = view.progress[step];
    const counted = t('admission.sections.answered', { answered: format.number(answered), total: format.number(total) });
    const text = gaps.length === 0 ? counted : t('admission.sections.withGaps', { counted, count: gaps.length, number: format.number(gaps.length) });
    return { text, gaps: gaps.length, isDone: answered === total };
  };
}

/** Every step with its progress and gaps, in words as well as marks; the current one is announced as such. */
export function SectionList({ current, view, stepsWithProblems, onStep }: SectionListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleOf = useStepTitle();
  const statusOf = useStepStatus(view);
  const items = STEPS.map((step): StepNavItem<StepId> => {
    const status = statusOf(step);
    const number = step === 'review' ? undefined : format.number(SECTIONS.indexOf(step) + 1);
    return { id: step, label: titleOf(step), status: status.text, isDone: status.isDone, hasProblem: stepsWithProblems.has(step), number, needsAttention: status.gaps > 0 };
  });
  return <StepNav label={t('admission.sections.label')} items={items} current={current} problemText={t('admission.sections.hasProblem')} className="admission-steps" onStep={onStep} />;
}
