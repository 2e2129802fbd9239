import { useMemo, useRef } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Template } from '@shared/inspection/template';
import { Banner } from '../../../ui/Banner';
import { DiscardDraftButton, DraftSaveBar } from '../../drafts';
import { draftProblems } from '../completion';
import type { InspectionDraft } from '../draft';
import { inspectionDraftKit } from '../draftKit';
import { MEASUREMENTS_STEP, REVIEW_STEP } from '../draft';
import { useInspectionsStore } from '../inspectionsStore';
import { useTemplateLanguage } from '../queries';
import { useResolvedTemplate } from '../templateChoices';
import { viewHref } from '../viewParams';
import { MeasurementsStep } from './MeasurementsStep';
import { ReviewStep } from './ReviewStep';
import { currentStep } from './runSteps';
import { SectionStep } from './SectionStep';
import { StepList } from './StepList';
import { StepNavigation } from './StepNavigation';

function StepBody({ template, draft, step, headingRef }: { template: Template; draft: InspectionDraft; step: string; headingRef: RefObject<HTMLHeadingElement | null> }) {
  if (step === MEASUREMENTS_STEP) return <MeasurementsStep draft={draft} headingRef={headingRef} />;
  if (step === REVIEW_STEP) return <ReviewStep template={template} draft={draft} headingRef={headingRef} />;
  const section = template.sections.find((candidate) => candidate.id === step);
  return section === undefined ? null : <SectionStep section={section} draft={draft} headingRef={headingRef} />;
}

/** The inspection in progress, one step at a time, with the way between steps always in view. */
export function InspectionRun() {
  const { t } = useTranslation();
  const load = useInspectionsStore((state) => state.load);
  const draft = useInspectionsStore((state) => state.draft);
  const template = useResolvedTemplate(draft?.template);
  if (load === 'unknown' || load === 'loading') return <p role="status">{t('inspections.draft.loading')}</p>;
  if (draft === null) {
    return (
      <Banner tone="info" title={t('inspections.run.noDraft')}>
        <Link to={viewHref({ kind: 'start' })}>{t('inspections.run.startLink')}</Link>
      </Banner>
    );
  }
  if (template === undefined) {
    return (
      <Banner tone="error" title={t('inspections.draft.templateMissingTitle')}>
        <p>{t('inspections.draft.templateMissingBody')}</p>
        <DiscardDraftButton kit={inspectionDraftKit} />
      </Banner>
    );
  }
  return <RunLayout template={template} draft={draft} />;
}

function RunLayout({ template, draft }: { template: Template; draft: InspectionDraft }) {
  const { t } = useTranslation();
  const language = useTemplateLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editDraft = useInspectionsStore((state) => state.editDraft);
  const step = currentStep(template, draft.step);
  const problems = useMemo(() => draftProblems(template, draft), [template, draft]);
  const stepsWithProblems = useMemo(() => new Set(problems.map((problem) => problem.step)), [problems]);
  const goTo = (next: string) => {
    editDraft((current) => ({ ...current, step: next }));
    // The new step renders on the next frame; its heading then takes focus, as after a navigation.
    window.requestAnimationFrame(() => headingRef.current?.focus());
  };
  return (
    <div className="inspection-run">
      <p className="run-context">
        {t('inspections.run.context', { facility: draft.facility.name, template: template.title[language] })}
      </p>
      <DraftSaveBar kit={inspectionDraftKit} />
      <div className="step-layout">
        <StepList template={template} draft={draft} current={step} stepsWithProblems={stepsWithProblems} onStep={goTo} />
        <div className="run-step">
          <StepBody template={template} draft={draft} step={step} headingRef={headingRef} />
          <StepNavigation template={template} step={step} onStep={goTo} />
        </div>
      </div>
    </div>
  );
}
