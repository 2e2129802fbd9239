import { useId, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { summarizeInspection } from '@shared/inspection/summary';
import type { Template } from '@shared/inspection/template';
import { SUMMARY_MAX_CHARS } from '@shared/inspection/events';
import { useUiStore } from '../../../stores/uiStore';
import { Button } from '../../../ui/Button';
import { useSession } from '../../../vault/useSession';
import { CategoryScoreTable } from '../CategoryScoreTable';
import { finishInspection } from '../commands';
import { draftProblems } from '../completion';
import type { InspectionDraft } from '../draft';
import type { DraftProblem } from '../draftConversion';
import { answersFromDraft, measurementsFromDraft, textProblem } from '../draftConversion';
import { FindingsList } from '../FindingsList';
import { IndicatorTable } from '../IndicatorTable';
import { useInspectionsStore } from '../inspectionsStore';
import { PROBLEM_KEYS } from '../labels';
import { TextArea } from '../../../ui/TextArea';
import { viewHref } from '../viewParams';
import { ProblemList } from './ProblemList';

type ReviewStepProps = { template: Template; draft: InspectionDraft; headingRef: RefObject<HTMLHeadingElement | null> };

/** The summary as it will be recorded, what still needs correcting, and the one step that records it. */
export function ReviewStep({ template, draft, headingRef }: ReviewStepProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const editDraft = useInspectionsStore((state) => state.editDraft);
  const summary = useMemo(() => {
    const { answers } = answersFromDraft(template, draft);
    const { measurements } = measurementsFromDraft(draft);
    return summarizeInspection({ template, answers, measurements, profile: draft.profile }, { regime: draft.regime ?? undefined });
  }, [template, draft]);
  const problems = useMemo(() => draftProblems(template, draft), [template, draft]);
  const summaryProblem = draft.summary.trim() === '' ? null : textProblem(draft.summary, SUMMARY_MAX_CHARS, true);
  return (
    <section className="run-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="section-title">
        {t('inspections.review.title')}
      </h2>
      <p className="section-hint">{t('inspections.review.hint')}</p>
      <CategoryScoreTable scores={summary} caption={t('inspections.scores.caption')} />
      <IndicatorTable caption={t('inspections.measurements.facilityIndicators')} results={summary.indicators.facility} />
      <h3 className="subsection-title">{t('inspections.findings.title')}</h3>
      <FindingsList findings={summary.findings} />
      <TextArea
        label={t('inspections.review.summaryLabel')}
        hint={t('inspections.review.summaryHint')}
        error={summaryProblem === null ? undefined : t(PROBLEM_KEYS[summaryProblem])}
        value={draft.summary}
        rows={5}
        onValueChange={(value) => {
          editDraft((current) => ({ ...current, summary: value }));
        }}
      />
      <FinishButton template={template} draft={draft} problems={problems} />
    </section>
  );
}

function FinishButton({ template, draft, problems }: { template: Template; draft: InspectionDraft; problems: readonly DraftProblem[] }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const showToast = useUiStore((state) => state.showToast);
  const [isBusy, setIsBusy] = useState(false);
  const [hasTried, setHasTried] = useState(false);
  const finish = async () => {
    setHasTried(true);
    if (problems.length > 0) return;
    setIsBusy(true);
    const store = useInspectionsStore.getState();
    store.setClosing(true);
    try {
      const finished = await finishInspection(session, template, draft);
      if (!finished.ok) return;
      store.clearDraft();
      showToast('success', 'inspections.review.finished');
      await navigate(viewHref({ kind: 'inspection', id: finished.value }));
    } catch {
      showToast('error', 'inspections.review.failed');
    } finally {
      store.setClosing(false);
      setIsBusy(false);
    }
  };
  return (
    <>
      {hasTried && problems.length > 0 ? <ProblemList template={template} problems={problems} /> : null}
      <p className="field-hint">{t('inspections.review.finishHint')}</p>
      <Button variant="primary" isBusy={isBusy} busyLabel={t('inspections.review.finishing')} onClick={() => void finish()}>
        {t('inspections.review.finish')}
      </Button>
    </>
  );
}
