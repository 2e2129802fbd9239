/**
 * Managing users. The ledger event is the truth and comes first where it can: a user is
 * added by `user.added` (their wrap is written right after), removed by `user.removed`
 * (their wrap deleted right after — and unlock refuses a removed user even if the delete
 * never happened). Each command re-checks its rule against the current users.
 */
import type { UserRole } from '@shared/ledger/coreEventTypes';
import { systemClock } from '@shared/util/clock';
import { newId } from '@shared/util/ids';
import type { UserRecord } from '../../ledger';
import { userAddedDraft, userRemovedDraft, userRoleChangedDraft } from '../../vault/eventDrafts';
import { setPassphrase } from '../../vault/passphraseChange';
import type { Session } from '../../vault/session';
import { appendAsUser } from '../../vault/session';
import { deleteUserWrap, newUserWrap, storeUserWrap } from '../../vault/userWraps';
import { removalProblem, roleChangeProblem } from './userRules';

/** Thrown when a rule refuses the change; `problem` says which. */
export class UserRuleError extends Error {
  override readonly name = 'UserRuleError';
  constructor(readonly problem: string) {
    super(`users: ${problem}`);
  }
}

export type NewUser = { name: string; role: UserRole; passphrase: string };

export async function addUser(session: Session, user: NewUser, onProgress?: (fraction: number) => void): Promise<string> {
  const userId = newId();
  const wrap = await newUserWrap(session.db, session.dataKey, userId, user.passphrase, onProgress);
  await appendAsUser(session, userAddedDraft({ userId, name: user.name, role: user.role }, systemClock));
  await storeUserWrap(session.db, wrap);
  return userId;
}

export async function removeUser(session: Session, users: readonly UserRecord[], target: UserRecord, reason: string): Promise<void> {
  const problem = removalProblem(users, target, session.user.id);
  if (problem !== null) throw new UserRuleError(problem);
  await appendAsUser(session, userRemovedDraft(target.userId, reason, systemClock));
  await deleteUserWrap(session.db, target.userId);
}

export async function changeRole(session: Session, users: readonly UserRecord[], target: UserRecord, toRole: UserRole): Promise<void> {
  const problem = roleChangeProblem(users, target, toRole);
  if (problem !== null) throw new UserRuleError(problem);
  await appendAsUser(session, userRoleChangedDraft(target.userId, target.role, toRole, systemClock));
}

/** An administrator gives a user a new passphrase (they forgot theirs); the event names who did it. */
export async function resetPassphrase(session: Session, target: UserRecord, passphrase: string, onProgress?: (fraction: number) => void): Promise<void> {
  if (!target.isActive) throw new UserRuleError('removed');
  const method = target.userId === session.user.id ? 'self' : 'administrator';
  await setPassphrase(session, { id: target.userId, name: target.name, role: target.role }, passphrase, method, { onProgress });
}
