import { useCallback } from 'react';
import { useProjection, usersProjection } from '../../ledger';

/** A user's name as the record's ledger knows them (or any ledger held), their id if nobody does. */
export function useAuthorName(ledger: string): (userId: string) => string {
  const users = useProjection(usersProjection, (state) => state.byLedger);
  return useCallback(
    (userId: string) => {
      const own = users.get(ledger)?.get(userId)?.name;
      if (own !== undefined) return own;
      for (const ledgerUsers of users.values()) {
        const name = ledgerUsers.get(userId)?.name;
        if (name !== undefined) return name;
      }
      return userId;
    },
    [users, ledger],
  );
}
