/**
 * Checks of the corrective-action forms, in the terms the payload schemas use
 * (shared/inspection/events.ts), so what the form accepts the ledger accepts.
 */
import type { ActionView } from '@shared/inspection/actionViews';
import type { ActionPriority } from '@shared/inspection/events';
import { ACTION_TEXT_MAX_CHARS, dueDateSchema } from '@shared/inspection/events';
import type { Result } from '@shared/util/result';
import { err, ok } from '@shared/util/result';
import type { ActionChange } from '../commands';
import type { TextProblem } from '../draftConversion';
import { textProblem } from '../draftConversion';

const OWNER_MAX_CHARS = 200;

export type ActionProblem = TextProblem | 'bad-date';
export type ActionField = 'what' | 'owner' | 'dueDate' | 'note';
export type ActionErrors = Partial<Record<ActionField, ActionProblem>>;

export type ActionFields = { what: string; owner: string; dueDate: string; priority: ActionPriority };

function dateProblem(text: string): ActionProblem | null {
  if (text.trim() === '') return 'required';
  return dueDateSchema.safeParse(text.trim()).success ? null : 'bad-date';
}

function collect(checks: Readonly<Partial<Record<ActionField, ActionProblem | null>>>): ActionErrors {
  return Object.fromEntries(Object.entries(checks).filter(([, problem]) => problem !== null));
}

export function checkNewAction(fields: ActionFields): Result<ActionFields, ActionErrors> {
  const errors = collect({
    what: textProblem(fields.what, ACTION_TEXT_MAX_CHARS, true),
    owner: textProblem(fields.owner, OWNER_MAX_CHARS, false),
    dueDate: dateProblem(fields.dueDate),
  });
  if (Object.keys(errors).length > 0) return err(errors);
  return ok({ what: fields.what.trim(), owner: fields.owner.trim(), dueDate: fields.dueDate.trim(), priority: fields.priority });
}

/** An update carries its note and only what changed, so the history shows what each update did. */
export function checkActionUpdate(fields: Omit<ActionFields, 'what'> & { note: string }, current: ActionView): Result<ActionChange, ActionErrors> {
  const errors = collect({
    note: textProblem(fields.note, ACTION_TEXT_MAX_CHARS, true),
    owner: textProblem(fields.owner, OWNER_MAX_CHARS, false),
    dueDate: dateProblem(fields.dueDate),
  });
  if (Object.keys(errors).length > 0) return err(errors);
  const owner = fields.owner.trim();
  const dueDate = fields.dueDate.trim();
  return ok({
    note: fields.note.trim(),
    ...(owner === current.owner ? {} : { owner }),
    ...(dueDate === current.dueDate ? {} : { dueDate }),
    ...(fields.priority === current.priority ? {} : { priority: fields.priority }),
  });
}

export function checkClosure(note: string): Result<string, ActionErrors> {
  const problem = textProblem(note, ACTION_TEXT_MAX_CHARS, true);
  return problem === null ? ok(note.trim()) : err({ note: problem });
}
