/**
 * Checks of the partner forms, in the terms the payload schemas use (shared/partners/events.ts),
 * so what a form accepts the ledger accepts. A form with any problem writes nothing.
 */
import { CONTROL_CHARS } from '@shared/ledger/envelope';
import type { CriterionRating, PartnerCriterion, RiskLevel } from '@shared/partners/criteria';
import { PARTNER_CRITERIA } from '@shared/partners/criteria';
import type { MeasureKind, MeasureStatus, PartnerProfile, SupportDecision } from '@shared/partners/events';
import { calendarDateSchema, OWNER_MAX_CHARS, PARTNER_NAME_MAX_CHARS, PARTNER_TEXT_MAX_CHARS } from '@shared/partners/events';
import type { MeasureView } from '@shared/partners/views';
import type { Result } from '@shared/util/result';
import { err, ok } from '@shared/util/result';
import type { AssessmentInput, DecisionInput, MeasureChange, MeasureInput } from './commands';

/** What can be wrong with a field. */
export type FieldProblem = 'required' | 'too-long' | 'invalid-text' | 'bad-date' | 'evidence-needed' | 'choose-rating' | 'choose-risk' | 'choose-decision';
/** Problems by field name. */
export type FieldErrors = Readonly<Partial<Record<string, FieldProblem>>>;

// Notes may hold line feeds and tabs; single-line fields may not (envelope.ts, inspection/text.ts).
const NOTE_FORBIDDEN = /(?![\n\t])[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

function textProblem(text: string, maxChars: number, options: { required: boolean; multiline: boolean }): FieldProblem | null {
  const trimmed = text.trim();
  if (trimmed === '') return options.required ? 'required' : null;
  if (trimmed.length > maxChars) return 'too-long';
  return (options.multiline ? NOTE_FORBIDDEN : CONTROL_CHARS).test(trimmed) ? 'invalid-text' : null;
}

function dateProblem(text: string): FieldProblem | null {
  if (text.trim() === '') return 'required';
  return calendarDateSchema.safeParse(text.trim()).success ? null : 'bad-date';
}

function collect(checks: Readonly<Record<string, FieldProblem | null>>): Record<string, FieldProblem> {
  return Object.fromEntries(Object.entries(checks).filter((entry): entry is [string, FieldProblem] => entry[1] !== null));
}

const note = (text: string) => (text.trim() === '' ? {} : { description: text.trim() });
const optional = <K extends string>(key: K, text: string): Partial<Record<K, string>> => (text.trim() === '' ? {} : ({ [key]: text.trim() } as Record<K, string>));

export type ProfileFields = Omit<PartnerProfile, 'description'> & { description: string };

export function checkProfile(fields: ProfileFields): Result<PartnerProfile, FieldErrors> {
  const errors = collect({
    name: textProblem(fields.name, PARTNER_NAME_MAX_CHARS, { required: true, multiline: false }),
    description: textProblem(fields.description, PARTNER_TEXT_MAX_CHARS, { required: false, multiline: true }),
  });
  if (Object.keys(errors).length > 0) return err(errors);
  return ok({ name: fields.name.trim(), kind: fields.kind, supportTypes: fields.supportTypes, facilities: fields.facilities, ...note(fields.description) });
}

export type CriterionFields = { rating: CriterionRating | ''; evidence: string; note: string };
export type AssessmentFields = {
  assessedOn: string;
  criteria: Readonly<Record<PartnerCriterion, CriterionFields>>;
  overallRisk: RiskLevel | '';
  summary: string;
};

function criterionErrors(criterion: PartnerCriterion, fields: CriterionFields): Record<string, FieldProblem | null> {
  const evidence = textProblem(fields.evidence, PARTNER_TEXT_MAX_CHARS, { required: false, multiline: true });
  const isEvidenceMissing = fields.rating !== '' && fields.rating !== 'unknown' && fields.evidence.trim() === '';
  return {
    [`${criterion}.rating`]: fields.rating === '' ? 'choose-rating' : null,
    [`${criterion}.evidence`]: isEvidenceMissing ? 'evidence-needed' : evidence,
    [`${criterion}.note`]: textProblem(fields.note, PARTNER_TEXT_MAX_CHARS, { required: false, multiline: true }),
  };
}

export function checkAssessment(fields: AssessmentFields): Result<AssessmentInput, FieldErrors> {
  const perCriterion = PARTNER_CRITERIA.reduce<Record<string, FieldProblem | null>>((all, criterion) => ({ ...all, ...criterionErrors(criterion, fields.criteria[criterion]) }), {});
  const errors = collect({
    assessedOn: dateProblem(fields.assessedOn),
    ...perCriterion,
    overallRisk: fields.overallRisk === '' ? 'choose-risk' : null,
    summary: textProblem(fields.summary, PARTNER_TEXT_MAX_CHARS, { required: false, multiline: true }),
  });
  if (Object.keys(errors).length > 0 || fields.overallRisk === '') return err(errors);
  const criteria = Object.fromEntries(
    PARTNER_CRITERIA.map((criterion) => {
      const { rating, evidence, note: text } = fields.criteria[criterion];
      return [criterion, { rating: rating === '' ? 'unknown' : rating, ...optional('evidence', evidence), ...optional('note', text) }];
    }),
  ) as AssessmentInput['criteria'];
  return ok({ assessedOn: fields.assessedOn.trim(), criteria, overallRisk: fields.overallRisk, ...optional('summary', fields.summary) });
}

export type MeasureFields = { kind: MeasureKind; description: string; owner: string; dueDate: string; reviewDate: string; status: MeasureStatus };

export function checkMeasure(fields: MeasureFields, partnerId: string): Result<MeasureInput, FieldErrors> {
  const errors = collect({
    description: textProblem(fields.description, PARTNER_TEXT_MAX_CHARS, { required: true, multiline: true }),
    owner: textProblem(fields.owner, OWNER_MAX_CHARS, { required: true, multiline: false }),
    dueDate: dateProblem(fields.dueDate),
    reviewDate: dateProblem(fields.reviewDate),
  });
  if (Object.keys(errors).length > 0) return err(errors);
  const { kind, status } = fields;
  return ok({ partnerId, kind, status, description: fields.description.trim(), owner: fields.owner.trim(), dueDate: fields.dueDate.trim(), reviewDate: fields.reviewDate.trim() });
}

export type MeasureUpdateFields = { note: string; owner: string; dueDate: string; reviewDate: string; status: MeasureStatus };

/** An update carries its note and only what changed, so the history shows what each update did. */
export function checkMeasureUpdate(fields: MeasureUpdateFields, current: MeasureView): Result<MeasureChange, FieldErrors> {
  const errors = collect({
    note: textProblem(fields.note, PARTNER_TEXT_MAX_CHARS, { required: true, multiline: true }),
    owner: textProblem(fields.owner, OWNER_MAX_CHARS, { required: true, multiline: false }),
    dueDate: dateProblem(fields.dueDate),
    reviewDate: dateProblem(fields.reviewDate),
  });
  if (Object.keys(errors).length > 0) return err(errors);
  const changed = (key: 'owner' | 'dueDate' | 'reviewDate') => (fields[key].trim() === current[key] ? {} : { [key]: fields[key].trim() });
  return ok({
    note: fields.note.trim(),
    ...(fields.status === current.status ? {} : { status: fields.status }),
    ...changed('owner'),
    ...changed('dueDate'),
    ...changed('reviewDate'),
  });
}

export type DecisionFields = { decision: SupportDecision | ''; decidedOn: string; rationale: string };

export function checkDecision(fields: DecisionFields, partnerId: string): Result<DecisionInput, FieldErrors> {
  const errors = collect({
    decision: fields.decision === '' ? 'choose-decision' : null,
    decidedOn: dateProblem(fields.decidedOn),
    rationale: textProblem(fields.rationale, PARTNER_TEXT_MAX_CHARS, { required: true, multiline: true }),
  });
  if (Object.keys(errors).length > 0 || fields.decision === '') return err(errors);
  return ok({ partnerId, decision: fields.decision, decidedOn: fields.decidedOn.trim(), rationale: fields.rationale.trim() });
}
