import { useMemo, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { HabeasDb } from '../db/habeasDb';
import { createPhaseCell } from './phaseCell';
import { SessionContext } from './sessionContext';
import { createVaultController } from './vaultController';
import { VaultContext } from './vaultContext';
import type { AfterLock, VaultPhase } from './vaultPhase';

type VaultProviderProps = {
  db: HabeasDb;
  initialPhase: VaultPhase;
  /** What to do once locked; main.tsx reloads the page so nothing decrypted survives in memory. */
  afterLock: AfterLock;
  children: ReactNode;
};

/**
 * Holds the vault's phase — and so, while unlocked, the session with its keys — in this
 * provider only: never in a store or a module variable. Locking replaces the phase, which
 * drops the last reference the app holds to the keys after they are zeroed.
 */
export function VaultProvider({ db, initialPhase, afterLock, children }: VaultProviderProps) {
  const [cell] = useState(() => createPhaseCell(initialPhase));
  const phase = useSyncExternalStore(cell.subscribe, cell.get);
  const controller = useMemo(() => createVaultController({ db, getPhase: cell.get, setPhase: cell.set, afterLock }), [cell, db, afterLock]);
  const value = useMemo(() => ({ ...controller, phase }), [controller, phase]);
  const session = phase.kind === 'unlocked' ? phase.session : null;
  return (
    <VaultContext value={value}>
      <SessionContext value={session}>{children}</SessionContext>
    </VaultContext>
  );
}
