/**
 * The users of every installation held, per ledger: added, removed (kept, marked
 * inactive, because the history still names them) and role changes.
 */
import type { CorePayloads, UserRole } from '@shared/ledger/coreEventTypes';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { Projection } from './types';

export type UserRecord = {
  userId: string;
  name: string;
  role: UserRole;
  isActive: boolean;
  addedSeq: number;
  changedSeq: number;
};
export type UsersState = { byLedger: ReadonlyMap<string, ReadonlyMap<string, UserRecord>> };

// Payloads were validated against their schema when written and when verified.
function nextRecord(previous: UserRecord | undefined, event: LedgerEvent): UserRecord | undefined {
  switch (event.type) {
    case 'user.added': {
      const { userId, name, role } = event.payload as CorePayloads['user.added'];
      return { userId, name, role, isActive: true, addedSeq: event.seq, changedSeq: event.seq };
    }
    case 'user.removed':
      return previous && { ...previous, isActive: false, changedSeq: event.seq };
    case 'user.role_changed': {
      const { toRole } = event.payload as CorePayloads['user.role_changed'];
      return previous && { ...previous, role: toRole, changedSeq: event.seq };
    }
    default:
      return undefined;
  }
}

/** Copies each touched ledger's user map once per batch, not once per event. */
function applyMany(state: UsersState, events: readonly LedgerEvent[]): UsersState {
  const byLedger = new Map(state.byLedger);
  const owned = new Map<string, Map<string, UserRecord>>();
  for (const event of events) {
    if (!event.type.startsWith('user.')) continue;
    const { userId } = event.payload as { userId: string };
    let users = owned.get(event.ledger);
    if (users === undefined) {
      users = new Map(state.byLedger.get(event.ledger));
      owned.set(event.ledger, users);
      byLedger.set(event.ledger, users);
    }
    const record = nextRecord(users.get(userId), event);
    if (record !== undefined) users.set(userId, record);
  }
  return owned.size === 0 ? state : { byLedger };
}

type SerializedUsers = [ledger: string, users: UserRecord[]][];

export const usersProjection: Projection<UsersState> = {
  name: 'users',
  version: 1,
  initial: () => ({ byLedger: new Map() }),
  apply: (state, event) => applyMany(state, [event]),
  applyMany,
  serialize: (state) => [[...state.byLedger].map(([ledger, users]) => [ledger, [...users.values()]])],
  deserialize: (parts) => {
    const ledgers = (parts[0] ?? []) as SerializedUsers;
    const entries = ledgers.map(([ledger, users]) => [ledger, new Map(users.map((user) => [user.userId, user]))] as const);
    return { byLedger: new Map(entries) };
  },
};

/** The users of one installation, active ones first, then by name. */
export function usersOf(state: UsersState, ledger: string): UserRecord[] {
  const users = [...(state.byLedger.get(ledger)?.values() ?? [])];
  return users.sort((a, b) => Number(b.isActive) - Number(a.isActive) || a.name.localeCompare(b.name));
}
