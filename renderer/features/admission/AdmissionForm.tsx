import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../vault/useSession';
import { DiscardDraftButton, DraftSaveBar } from '../drafts';
import type { AdmissionDraft } from './admissionDraft';
import { useAdmissionStore } from './admissionStore';
import type { AdmissionProblem } from './checks';
import { admitFromDraft } from './commands';
import { admissionDraftKit } from './draftKit';
import { shownProblems } from './fieldErrors';
import { focusFieldSoon } from './focusField';
import type { AdmissionFormApi } from './formContext';
import { AdmissionFormContext } from './formContext';
import type { StepId } from './formFields';
import { stepOfPath } from './formFields';
import { useAdmissionView, useFacilityTimeZone } from './queries';
import { RestoredBanner } from './RestoredBanner';
import { SectionList } from './SectionList';
import { StepBody } from './StepBody';
import { StepNavigation } from './StepNavigation';
import { useProblemText } from './useProblemText';

/** The form's shared API: edits go through the store (so they are sealed), messages show once fields are left. */
function useFormApi(draft: AdmissionDraft): AdmissionFormApi {
  const view = useAdmissionView(draft);
  const text = useProblemText();
  const editDraft = useAdmissionStore((state) => state.editDraft);
  const setStep = useAdmissionStore((state) => state.setStep);
  const touch = useAdmissionStore((state) => state.touch);
  const touched = useAdmissionStore((state) => state.touched);
  const attempt = useAdmissionStore((state) => state.attempt);
  const shown = useMemo(() => shownProblems(view.problems, touched, attempt), [view.problems, touched, attempt]);
  return useMemo(() => {
    const goToField = (path: string) => {
      setStep(stepOfPath(path));
      focusFieldSoon(path);
    };
    const errorFor = (path: string) => shown.get(path)?.map((problem) => text.inline(problem)).join(' ');
    return { draft, view, edit: editDraft, errorFor, touch, goToField };
  }, [draft, view, editDraft, setStep, shown, text, touch]);
}

/** Admits, or opens the step of the first problem and focuses its field. */
function useAdmit(api: AdmissionFormApi): () => Promise<void> {
  const session = useSession();
  const timeZone = useFacilityTimeZone();
  return async () => {
    const store = useAdmissionStore.getState();
    if (store.isClosing) return;
    store.setClosing(true);
    try {
      const result = await admitFromDraft(session, api.draft, timeZone);
      if (result.ok) {
        useAdmissionStore.getState().closeDraft(result.value);
        return;
      }
      const isLive = (problem: AdmissionProblem) =>
        api.view.problems.some((known) => known.problem.path === problem.problem.path && known.problem.code === problem.problem.code);
      useAdmissionStore.getState().attemptFailed(result.error.filter((problem) => !isLive(problem)));
      const [first] = result.error;
      if (first !== undefined) api.goToField(first.problem.path);
    } finally {
      useAdmissionStore.getState().setClosing(false);
    }
  };
}

/** The admission being typed: steps with their progress, the current step, and the way between steps. */
export function AdmissionForm({ draft }: { draft: AdmissionDraft }) {
  const { t } = useTranslation();
  const timeZone = useFacilityTimeZone();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const api = useFormApi(draft);
  const admit = useAdmit(api);
  const setStep = useAdmissionStore((state) => state.setStep);
  const stepsWithProblems = useMemo(() => new Set(api.view.problems.map((problem) => stepOfPath(problem.problem.path))), [api.view.problems]);
  const goTo = (step: StepId) => {
    setStep(step);
    // The new step renders on the next frame; its heading then takes focus, as after a navigation.
    window.requestAnimationFrame(() => headingRef.current?.focus());
  };
  return (
    <AdmissionFormContext value={api}>
      <DraftSaveBar kit={admissionDraftKit}>
        <DiscardDraftButton kit={admissionDraftKit} />
      </DraftSaveBar>
      <RestoredBanner />
      <p className="admission-time-zone">{t('admission.timeZone', { zone: timeZone })}</p>
      <div className="step-layout">
        <SectionList current={draft.step} view={api.view} stepsWithProblems={stepsWithProblems} onStep={goTo} />
        <div>
          <StepBody step={draft.step} headingRef={headingRef} onAdmit={admit} />
          <StepNavigation step={draft.step} onStep={goTo} />
        </div>
      </div>
    </AdmissionFormContext>
  );
}
