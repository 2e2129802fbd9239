/**
 * Rules that keep an installation usable: it always keeps an active administrator, so
 * the last one can neither be removed nor lose the role, and nobody removes themselves
 * unless another administrator remains.
 */
import type { UserRole } from '@shared/ledger/coreEventTypes';
import type { UserRecord } from '../../ledger';

export type RemovalProblem = 'already-removed' | 'last-admin' | 'self-without-other-admin';
export type RoleChangeProblem = 'same-role' | 'last-admin' | 'removed';

function otherActiveAdmins(users: readonly UserRecord[], exceptUserId: string): number {
  return users.filter((user) => user.isActive && user.role === 'administrator' && user.userId !== exceptUserId).length;
}

export function removalProblem(users: readonly UserRecord[], target: UserRecord, actorId: string): RemovalProblem | null {
  if (!target.isActive) return 'already-removed';
  const othersRemain = otherActiveAdmins(users, target.userId) > 0;
  if (target.role === 'administrator' && !othersRemain) return 'last-admin';
  if (target.userId === actorId && otherActiveAdmins(users, actorId) === 0) return 'self-without-other-admin';
  return null;
}

export function roleChangeProblem(users: readonly UserRecord[], target: UserRecord, toRole: UserRole): RoleChangeProblem | null {
  if (!target.isActive) return 'removed';
  if (target.role === toRole) return 'same-role';
  const isLeavingAdmin = target.role === 'administrator';
  return isLeavingAdmin && otherActiveAdmins(users, target.userId) === 0 ? 'last-admin' : null;
}
