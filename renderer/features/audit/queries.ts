import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { useFormat } from '../../i18n/useFormat';
import { auditLogProjection, eventIndexProjection, useProjection, usersProjection } from '../../ledger';
import type { AuditLogState } from '../../ledger';
import { useSession } from '../../vault/useSession';
import type { AuditFilter, AuditView } from './auditFilter';
import { selectAudit } from './auditFilter';

/** The rows the filter keeps. Filtering a million events takes a moment, so typing stays responsive (deferred). */
export function useAuditView(filter: AuditFilter): { state: AuditLogState; view: AuditView; isStale: boolean } {
  const state = useProjection(auditLogProjection, (current) => current);
  const { timeZone } = useFormat();
  const deferred = useDeferredValue(filter);
  const view = useMemo(() => selectAudit(state, deferred, timeZone), [state, deferred, timeZone]);
  return { state, view, isStale: deferred !== filter };
}

export type AuthorOption = { id: string; name: string };

/** Everyone who can author events in the ledgers held, once each. */
export function useAuthors(): AuthorOption[] {
  const users = useProjection(usersProjection, (state) => state);
  return useMemo(() => {
    const byId = new Map<string, string>();
    for (const ledgerUsers of users.byLedger.values()) for (const user of ledgerUsers.values()) byId.set(user.userId, user.name);
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  }, [users]);
}

/** The event types present in the ledgers held. */
export function useEventTypes(): string[] {
  const counts = useProjection(eventIndexProjection, (state) => state.countsByType);
  return useMemo(() => [...counts.keys()].sort(), [counts]);
}

/** One event in full, read from storage (through its page cache) when a row comes into view. */
export function useEvent(ledger: string, seq: number): LedgerEvent | undefined {
  const { storage } = useSession();
  const [loaded, setLoaded] = useState<{ key: string; event: LedgerEvent | undefined }>();
  const key = `${ledger}:${String(seq)}`;
  useEffect(() => {
    let isCurrent = true;
    storage.readEvent(ledger, seq).then(
      (event) => { if (isCurrent) setLoaded({ key, event }); },
      () => { if (isCurrent) setLoaded({ key, event: undefined }); },
    );
    return () => {
      isCurrent = false;
    };
  }, [storage, ledger, seq, key]);
  return loaded?.key === key ? loaded.event : undefined;
}

/** A user's display name in a ledger, or their id if unknown. */
export function useNameOf(ledger: string): (userId: string) => string {
  const users = useProjection(usersProjection, (state) => state.byLedger.get(ledger));
  return (userId) => users?.get(userId)?.name ?? userId;
}
