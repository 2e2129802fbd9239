import type { UsersState } from '../../ledger';
import type { OpenedVault } from '../../vault/openVault';
import type { SessionUser } from '../../vault/session';

/** The people who may take the installation after a recovery-code unlock: its active users (and, mid-setup, its first administrator). */
export function recoveryCandidates(users: UsersState, opened: Pick<OpenedVault, 'ledgerId' | 'pendingSetup'>): SessionUser[] {
  const active = [...(users.byLedger.get(opened.ledgerId)?.values() ?? [])]
    .filter((user) => user.isActive)
    .map((user) => ({ id: user.userId, name: user.name, role: user.role }));
  const admin = opened.pendingSetup?.admin;
  const isAdminMissing = admin !== undefined && !active.some((user) => user.id === admin.userId);
  const candidates = isAdminMissing ? [...active, { id: admin.userId, name: admin.name, role: 'administrator' as const }] : active;
  return candidates.sort((a, b) => a.name.localeCompare(b.name));
}
