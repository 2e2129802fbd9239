/**
 * Writes of the inspections feature. Each finished fact is one ledger event appended as
 * the signed-in user: an inspection finished, a template imported, an action opened,
 * updated or closed. Drafts are not events; they are sealed rows (draftStorage.ts).
 */
import { templateImportedDraft } from '@shared/inspection/events';
import type { ActionPriority, InspectionPayloads } from '@shared/inspection/events';
import type { Template } from '@shared/inspection/template';
import type { Clock } from '@shared/util/clock';
import { systemClock, toUtcIso } from '@shared/util/clock';
import { newId } from '@shared/util/ids';
import type { Result } from '@shared/util/result';
import { err, ok } from '@shared/util/result';
import type { Session } from '../../vault/session';
import { appendAsUser } from '../../vault/session';
import { completedPayload } from './completion';
import type { InspectionDraft } from './draft';
import type { DraftProblem } from './draftConversion';
import { inspectionDraftRows } from './draftStorage';

/** Seals the draft; resolves with when it was saved (ISO). */
export async function saveDraft(session: Session, draft: InspectionDraft, clock: Clock = systemClock): Promise<string> {
  await inspectionDraftRows.write(session, draft);
  return toUtcIso(clock.now());
}

export async function discardDraft(session: Session): Promise<void> {
  await inspectionDraftRows.remove(session);
}

/**
 * Records the inspection as one `inspection.completed` event (subject: the draft's id), then
 * removes the sealed draft. If that removal fails, the leftover draft is recognised as
 * finished the next time it is read and removed then.
 */
export async function finishInspection(
  session: Session,
  template: Template,
  draft: InspectionDraft,
  clock: Clock = systemClock,
): Promise<Result<string, DraftProblem[]>> {
  const payload = completedPayload(template, draft, { id: session.user.id, name: session.user.name });
  if (!payload.ok) return payload;
  await appendAsUser(session, { type: 'inspection.completed', subject: draft.id, occurredAt: toUtcIso(clock.now()), payload: payload.value });
  await inspectionDraftRows.remove(session).catch(() => undefined);
  return ok(draft.id);
}

export async function importTemplate(session: Session, template: Template, clock: Clock = systemClock): Promise<void> {
  await appendAsUser(session, templateImportedDraft(template, toUtcIso(clock.now())));
}

export type NewAction = InspectionPayloads['action.opened'];

/** Opens a corrective action; resolves with its id. */
export async function openAction(session: Session, action: NewAction, clock: Clock = systemClock): Promise<string> {
  const id = newId();
  await appendAsUser(session, { type: 'action.opened', subject: id, occurredAt: toUtcIso(clock.now()), payload: action });
  return id;
}

export type ActionChange = { note: string; owner?: string; dueDate?: string; priority?: ActionPriority };

export async function updateAction(session: Session, actionId: string, change: ActionChange, clock: Clock = systemClock): Promise<void> {
  await appendAsUser(session, { type: 'action.updated', subject: actionId, occurredAt: toUtcIso(clock.now()), payload: change });
}

export async function closeAction(session: Session, actionId: string, verificationNote: string, clock: Clock = systemClock): Promise<void> {
  await appendAsUser(session, { type: 'action.closed', subject: actionId, occurredAt: toUtcIso(clock.now()), payload: { verificationNote } });
}

/** Seals a new draft, refusing to write over one already stored: that one would be lost. */
export async function startDraft(session: Session, draft: InspectionDraft, clock: Clock = systemClock): Promise<Result<string, 'draft-exists'>> {
  const existing = await inspectionDraftRows.read(session);
  if (existing.kind !== 'none') return err('draft-exists');
  return ok(await saveDraft(session, draft, clock));
}
