import { useProjection, usersProjection } from '../ledger';
import type { SessionUser } from './session';
import { useSession } from './useSession';

export type CurrentUser = SessionUser & { isActive: boolean };

/**
 * The signed-in user as the ledger knows them now: a role changed or access withdrawn
 * during the session applies at once, not at the next unlock.
 */
export function useCurrentUser(): CurrentUser {
  const session = useSession();
  const record = useProjection(usersProjection, (state) => state.byLedger.get(session.ledgerId)?.get(session.user.id));
  if (record === undefined) return { ...session.user, isActive: true };
  return { id: record.userId, name: record.name, role: record.role, isActive: record.isActive };
}
