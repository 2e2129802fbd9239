/**
 * An unlocked session: the opened vault and the user it was unlocked for. Every event the
 * session appends carries that user as its author (design §4.1).
 */
import type { UserRole } from '@shared/ledger/coreEventTypes';
import type { Author, EventDraft, LedgerEvent } from '@shared/ledger/envelope';
import { usersProjection } from '../ledger';
import type { Projection, ProjectionStates, UsersState } from '../ledger';
import type { OpenedVault } from './openVault';

export type SessionUser = { id: string; name: string; role: UserRole };

export type Session = OpenedVault & { user: SessionUser };

/** The state of one projection in a set of states, or its initial state if it has none yet. */
export function projectionState<S>(states: ProjectionStates, projection: Projection<S>): S {
  return Object.hasOwn(states, projection.name) ? (states[projection.name] as S) : projection.initial();
}

/**
 * The user as this installation's ledger now knows them, if they may use it: added and
 * not removed. During an unfinished setup the administrator being created counts too.
 */
export function activeUserOf(opened: OpenedVault, userId: string): SessionUser | undefined {
  const users = projectionState<UsersState>(opened.ledger.current().states, usersProjection);
  const record = users.byLedger.get(opened.ledgerId)?.get(userId);
  if (record !== undefined) return record.isActive ? { id: record.userId, name: record.name, role: record.role } : undefined;
  const admin = opened.pendingSetup?.admin;
  return admin?.userId === userId ? { id: admin.userId, name: admin.name, role: 'administrator' } : undefined;
}

export function authorOf(user: SessionUser): Author {
  return { id: user.id, name: user.name };
}

/** Appends an event authored by the session's user. */
export function appendAsUser(session: Session, draft: EventDraft): Promise<LedgerEvent> {
  return session.ledger.append(draft, authorOf(session.user));
}
