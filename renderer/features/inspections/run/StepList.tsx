import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '@shared/inspection/template';
import { useFormat } from '../../../i18n/useFormat';
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

type StepButtonProps = { label: string; status: string; isCurrent: boolean; isDone: boolean; hasProblem: boolean; onClick: () => void };

function StepButton({ label, status, isCurrent, isDone, hasProblem, onClick }: StepButtonProps) {
  const { t } = useTranslation();
  const mark = hasProblem ? '!' : isDone ? '✓' : '';
  return (
    <li>
      <button type="button" className="run-step-button" aria-current={isCurrent ? 'step' : undefined} tabIndex={isCurrent ? 0 : -1} onClick={onClick} onKeyDown={moveBetweenSteps}>
        <span className={hasProblem ? 'run-step-mark run-step-mark-problem' : 'run-step-mark'} aria-hidden="true">
          {mark}
        </span>
        <span className="run-step-label">{label}</span>
        <span className="run-step-status">{status}</span>
        {hasProblem ? <span className="visually-hidden">{t('inspections.run.stepHasProblem')}</span> : null}
      </button>
    </li>
  );
}

const STEP_KEYS: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The list is one Tab stop (the current step), so the keyboard reaches the items without
 * passing twenty steps; the arrow keys, Home and End move between steps, Enter opens one.
 */
function moveBetweenSteps(event: KeyboardEvent<HTMLButtonElement>): void {
  const move = STEP_KEYS[event.key];
  const list = event.currentTarget.closest('ol');
  if (move === undefined || list === null) return;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('.run-step-button')];
  const index = buttons.indexOf(event.currentTarget);
  if (index === -1) return;
  event.preventDefault();
  buttons[move(index, buttons.length)]?.focus();
}

/** "3 of 7", in the reader's digits. */
function useCounted(): (answered: number, total: number) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (answered, total) => t('inspections.run.stepProgress', { answered: format.number(answered), total: format.number(total) });
}

function MeasurementsStepButton({ draft, current, stepsWithProblems, onStep }: Omit<StepListProps, 'template'>) {
  const { t } = useTranslation();
  const format = useFormat();
  const counted = useCounted();
  const figures = figuresProgress(draft);
  const units = draft.units.length;
  return (
    <StepButton
      label={t('inspections.measurements.title')}
      status={t('inspections.run.measurementsProgress', { count: units, units: format.number(units), figures: counted(figures.answered, figures.total) })}
      isCurrent={current === MEASUREMENTS_STEP}
      isDone={units > 0 && figures.answered === figures.total}
      hasProblem={stepsWithProblems.has(MEASUREMENTS_STEP)}
      onClick={() => { onStep(MEASUREMENTS_STEP); }}
    />
  );
}

/** Every step with its completion, in words as well as marks; the current one is announced as such. */
export function StepList({ template, draft, current, stepsWithProblems, onStep }: StepListProps) {
  const { t } = useTranslation();
  const language = useTemplateLanguage();
  const counted = useCounted();
  return (
    <nav className="run-steps no-print" aria-label={t('inspections.run.stepsLabel')}>
      <ol>
        <MeasurementsStepButton draft={draft} current={current} stepsWithProblems={stepsWithProblems} onStep={onStep} />
        {template.sections.map((section) => {
          const progress = sectionProgress(draft, section);
          return (
            <StepButton
              key={section.id}
              label={section.title[language]}
              status={counted(progress.answered, progress.total)}
              isCurrent={current === section.id}
              isDone={progress.answered === progress.total}
              hasProblem={stepsWithProblems.has(section.id)}
              onClick={() => { onStep(section.id); }}
            />
          );
        })}
        <StepButton
          label={t('inspections.review.title')}
          status=""
          isCurrent={current === REVIEW_STEP}
          isDone={false}
          hasProblem={stepsWithProblems.has(REVIEW_STEP)}
          onClick={() => { onStep(REVIEW_STEP); }}
        />
      </ol>
    </nav>
  );
}
