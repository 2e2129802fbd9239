import type { UserRecord } from '../../ledger';

/** The dialog open on the users screen, and for whom. */
export type UserAction = { kind: 'remove' | 'role' | 'passphrase'; user: UserRecord };
