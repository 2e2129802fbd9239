import type { Capability } from './permissions';
import { can } from './permissions';
import { useCurrentUser } from './useCurrentUser';

/** Whether the signed-in user's role allows this (see permissions.ts); a removed user may do nothing. */
export function useCan(capability: Capability): boolean {
  const user = useCurrentUser();
  return user.isActive && can(user.role, capability);
}
