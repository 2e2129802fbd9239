import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '@shared/inspection/template';
import { itemsById } from '@shared/inspection/template';
import { useFormat } from '../../../i18n/useFormat';
import { Banner } from '../../../ui/Banner';
import { MEASUREMENTS_STEP } from '../draft';
import type { DraftProblem } from '../draftConversion';
import { useInspectionsStore } from '../inspectionsStore';
import { PROBLEM_KEYS } from '../labels';
import { useTemplateLanguage } from '../queries';

/** Where each problem is, in words: the item's question, the measured unit, or the summary. */
function useProblemPlace(template: Template): (problem: DraftProblem) => string {
  const { t } = useTranslation();
  const language = useTemplateLanguage();
  const draft = useInspectionsStore((state) => state.draft);
  const items = itemsById(template);
  return (problem) => {
    const [owner] = problem.field.split(/\.(?=note$)/);
    const item = owner === undefined ? undefined : items.get(owner);
    if (item !== undefined) return item.item.label[language];
    if (problem.step === MEASUREMENTS_STEP) {
      const unit = draft?.units.find((candidate) => problem.field.startsWith(`${candidate.id}.`));
      return unit === undefined ? t('inspections.figures.legend') : unit.label.trim() === '' ? unit.id : unit.label;
    }
    return t('inspections.review.summaryLabel');
  };
}

/** Everything that stops the inspection being recorded, each with a way to the step where it is corrected. */
export function ProblemList({ template, problems }: { template: Template; problems: readonly DraftProblem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const editDraft = useInspectionsStore((state) => state.editDraft);
  const placeOf = useProblemPlace(template);
  const bannerRef = useRef<HTMLDivElement>(null);
  const goTo = (step: string) => {
    editDraft((draft) => ({ ...draft, step }));
    // Once the step is shown, focus lands on the first field to correct there, else on its heading.
    window.requestAnimationFrame(() => {
      const target = document.querySelector<HTMLElement>('.run-step [aria-invalid="true"]') ?? document.querySelector<HTMLElement>('.run-step h2');
      target?.focus();
    });
  };
  useEffect(() => {
    bannerRef.current?.querySelector('button')?.focus();
  }, []);
  return (
    <div ref={bannerRef}>
      <Banner tone="error" title={t('inspections.review.problemsTitle', { count: problems.length, number: format.number(problems.length) })}>
        <ul className="problem-list">
          {problems.map((problem) => (
            <li key={`${problem.step}:${problem.field}:${problem.code}`}>
              <button type="button" className="link-button" onClick={() => { goTo(problem.step); }}>
                {placeOf(problem)}
              </button>
              {': '}
              {t(PROBLEM_KEYS[problem.code])}
            </li>
          ))}
        </ul>
      </Banner>
    </div>
  );
}
