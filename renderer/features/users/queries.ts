import { useMemo } from 'react';
import { usersOf, usersProjection, useProjection } from '../../ledger';
import type { UserRecord } from '../../ledger';
import { useSession } from '../../vault/useSession';

/** This installation's users: active ones first, then by name. */
export function useUsers(): UserRecord[] {
  const { ledgerId } = useSession();
  const users = useProjection(usersProjection, (state) => state.byLedger.get(ledgerId));
  return useMemo(() => (users === undefined ? [] : usersOf({ byLedger: new Map([[ledgerId, users]]) }, ledgerId)), [users, ledgerId]);
}
