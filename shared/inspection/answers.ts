/**
 * Answers to template items. An answer carries its kind so it still reads correctly
 * without the template; `checkAnswers` ties a set of answers to the template they claim.
 */
import { z } from 'zod';
import type { Template } from './template';
import { itemsById, templateIdSchema } from './template';
import { TEMPLATE_MAX_ITEMS } from './templateRules';
import { noteSchema } from './text';

/** Ratings of an assessment item. `not_applicable` and `not_assessed` are never scored. */
export const ASSESSMENT_RATINGS = ['compliant', 'partly', 'not_compliant', 'not_applicable', 'not_assessed'] as const;
/** One of ASSESSMENT_RATINGS. */
export type AssessmentRating = (typeof ASSESSMENT_RATINGS)[number];

/** Longest note on an answer. */
export const ANSWER_NOTE_MAX_CHARS = 4000;
/** Longest text answer. */
export const ANSWER_TEXT_MAX_CHARS = 8000;
/** Largest count or absolute number accepted as an answer. */
export const ANSWER_MAX_MAGNITUDE = 1_000_000_000;

const note = noteSchema(ANSWER_NOTE_MAX_CHARS).optional();

/** A rating, with an optional note. */
export const assessmentAnswerSchema = z.strictObject({
  kind: z.literal('assessment'),
  rating: z.enum(ASSESSMENT_RATINGS),
  note,
});
/** A measured number, in the unit the template item gives. */
export const numberAnswerSchema = z.strictObject({
  kind: z.literal('number'),
  value: z.number().min(-ANSWER_MAX_MAGNITUDE).max(ANSWER_MAX_MAGNITUDE),
  note,
});
/** A count of things or events. */
export const countAnswerSchema = z.strictObject({
  kind: z.literal('count'),
  value: z.number().int().min(0).max(ANSWER_MAX_MAGNITUDE),
  note,
});
/** Free text. */
export const textAnswerSchema = z.strictObject({
  kind: z.literal('text'),
  value: noteSchema(ANSWER_TEXT_MAX_CHARS),
});

/** An answer to one item. */
export const answerSchema = z.discriminatedUnion('kind', [
  assessmentAnswerSchema,
  numberAnswerSchema,
  countAnswerSchema,
  textAnswerSchema,
]);
/** An answer to one item. */
export type Answer = z.infer<typeof answerSchema>;
/** A rating answer. */
export type AssessmentAnswer = z.infer<typeof assessmentAnswerSchema>;

/** Answers by item id. Unanswered items are simply absent. */
export const answersSchema = z
  .record(templateIdSchema, answerSchema)
  .refine((answers) => Object.keys(answers).length <= TEMPLATE_MAX_ITEMS, {
    message: `must have at most ${TEMPLATE_MAX_ITEMS} answers`,
  });
/** Answers by item id. */
export type Answers = z.infer<typeof answersSchema>;

/** Why an answer does not fit the template. */
export type AnswerProblem = { code: 'unknown-item' | 'kind-mismatch'; itemId: string };

/** Problems of answers against their template: answers to items it lacks, or of another kind. */
export function checkAnswers(template: Template, answers: Answers): AnswerProblem[] {
  const items = itemsById(template);
  const problems: AnswerProblem[] = [];
  for (const [itemId, answer] of Object.entries(answers)) {
    const located = items.get(itemId);
    if (located === undefined) problems.push({ code: 'unknown-item', itemId });
    else if (located.item.kind !== answer.kind) problems.push({ code: 'kind-mismatch', itemId });
  }
  return problems;
}

/** The answer to an item, looked up as an own member only. */
export function answerTo(answers: Answers, itemId: string): Answer | undefined {
  return Object.hasOwn(answers, itemId) ? answers[itemId] : undefined;
}

/** Whether a corrective action may be opened from this answer: a rating short of compliant. */
export function isActionable(answer: Answer | undefined): boolean {
  return answer?.kind === 'assessment' && (answer.rating === 'not_compliant' || answer.rating === 'partly');
}
