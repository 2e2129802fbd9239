/**
 * Finishing an inspection: the `inspection.completed` payload from a draft, or every problem
 * that stops it. Nothing is recorded while any problem remains, so a mistyped figure can
 * never enter the ledger as a different number.
 */
import { checkAnswers } from '@shared/inspection/answers';
import type { InspectionPayloads } from '@shared/inspection/events';
import { inspectionCompleted } from '@shared/inspection/events';
import type { Template } from '@shared/inspection/template';
import type { Result } from '@shared/util/result';
import { err, ok } from '@shared/util/result';
import type { InspectionDraft } from './draft';
import { REVIEW_STEP } from './draft';
import type { DraftProblem } from './draftConversion';
import { answersFromDraft, measurementsFromDraft, summaryOf } from './draftConversion';

export type CompletedPayload = InspectionPayloads['inspection.completed'];

/** Every problem of a draft, measurements first, then the template's order, then the summary. */
export function draftProblems(template: Template, draft: InspectionDraft): DraftProblem[] {
  return [...measurementsFromDraft(draft).problems, ...answersFromDraft(template, draft).problems, ...summaryOf(draft).problems];
}

export function completedPayload(
  template: Template,
  draft: InspectionDraft,
  inspector: { id: string; name: string },
): Result<CompletedPayload, DraftProblem[]> {
  const measured = measurementsFromDraft(draft);
  const answered = answersFromDraft(template, draft);
  const summarised = summaryOf(draft);
  const problems = [...measured.problems, ...answered.problems, ...summarised.problems];
  if (problems.length > 0) return err(problems);
  const payload: CompletedPayload = {
    template: draft.template,
    facility: draft.facility,
    inspector,
    startedAt: draft.startedAt,
    answers: answered.answers,
    measurements: measured.measurements,
    profile: draft.profile,
    ...(summarised.summary === undefined ? {} : { summary: summarised.summary }),
  };
  // The field checks above mirror the schema; this is the last word, so a gap between them can only refuse, never record.
  const isValid = inspectionCompleted.payload.safeParse(payload).success && checkAnswers(template, answered.answers).length === 0;
  return isValid ? ok(payload) : err([{ step: REVIEW_STEP, field: 'payload', code: 'not-recordable' }]);
}
