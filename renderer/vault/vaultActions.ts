/**
 * What the vault provider does on each transition. Every path into the app goes through
 * enterSession (finish an interrupted setup, give back the user's sealed drafts, start
 * the background verification); every path out goes through lockVault, which leaves no
 * key and no decrypted state behind.
 */
import type { HabeasDb } from '../db/habeasDb';
import { useProjectionStore } from '../ledger';
import { useDraftsStore } from '../stores/draftsStore';
import { useIntegrityStore } from './integrityStore';
import { closeVault } from './openVault';
import type { OpenedVault } from './openVault';
import { finishRecovery } from './passphraseChange';
import { sealDrafts, takeDrafts } from './sealedDrafts';
import type { Session } from './session';
import { completeSetup, createInstallation, finishSetup } from './setup';
import type { SetupInput, SetupProgress } from './setup';
import { unlockWithPassphrase, unlockWithRecoveryCode } from './unlock';
import type { UnlockRefusal } from './unlock';
import { verifyInBackground } from './verification';
import type { AfterLock, VaultPhase } from './vaultPhase';
import { readVaultStatus } from './vaultStatus';

export type VaultEnv = {
  db: HabeasDb;
  getPhase: () => VaultPhase;
  setPhase: (phase: VaultPhase) => void;
  /** Runs once the keys are gone (the app reloads the page, security.md §6 item 20). */
  afterLock: AfterLock;
};

async function enterSession(env: VaultEnv, session: Session): Promise<void> {
  await completeSetup(session);
  useDraftsStore.getState().replaceDrafts(await takeDrafts(env.db, session.dataKey, session.user.id));
  env.setPhase({ kind: 'unlocked', session });
  void verifyInBackground(session);
}

/** If setup fails after the keys were written, the lock screen takes over to finish it: the keys are never written twice. */
export async function setUp(env: VaultEnv, input: SetupInput, logN: Promise<number>, onProgress: (progress: SetupProgress) => void): Promise<void> {
  try {
    await enterSession(env, await createInstallation(env.db, input, { logN, onProgress }));
  } catch (error) {
    const status = await readVaultStatus(env.db).catch(() => null);
    if (status?.kind === 'locked') env.setPhase({ kind: 'locked', isSetupUnfinished: status.isSetupUnfinished });
    throw error;
  }
}

export async function unlock(env: VaultEnv, passphrase: string, onProgress: (fraction: number) => void): Promise<UnlockRefusal | null> {
  const result = await unlockWithPassphrase(env.db, passphrase, { onProgress });
  if (!result.ok) return result.error;
  await enterSession(env, result.value);
  return null;
}

export async function unlockWithCode(env: VaultEnv, code: string, onProgress: (fraction: number) => void): Promise<UnlockRefusal | null> {
  const result = await unlockWithRecoveryCode(env.db, code, { onProgress });
  if (!result.ok) return result.error;
  env.setPhase({ kind: 'recovering', opened: result.value });
  return null;
}

export async function recover(env: VaultEnv, userId: string, passphrase: string, onProgress: (fraction: number) => void): Promise<void> {
  const phase = env.getPhase();
  if (phase.kind !== 'recovering') throw new Error('vault: not recovering');
  const session = await finishRecovery(phase.opened, userId, passphrase, { onProgress });
  await enterSession(env, session);
}

export async function confirmRecoveryCode(env: VaultEnv): Promise<void> {
  const phase = env.getPhase();
  if (phase.kind !== 'unlocked') return;
  await finishSetup(env.db);
  env.setPhase({ kind: 'unlocked', session: { ...phase.session, pendingSetup: undefined } });
}

function heldVault(phase: VaultPhase): OpenedVault | undefined {
  if (phase.kind === 'unlocked') return phase.session;
  return phase.kind === 'recovering' ? phase.opened : undefined;
}

/**
 * Writes what must survive (a snapshot, the sealed drafts), then drops every key and
 * decrypted state. Until the page reloads, the app shows only that it is locking: a lock
 * screen shown before the reload would take input the reload then throws away.
 */
export async function lockVault(env: VaultEnv): Promise<void> {
  const phase = env.getPhase();
  const held = heldVault(phase);
  if (held === undefined) return;
  env.setPhase({ kind: 'locking' });
  // The ledger is the truth: a snapshot or drafts that fail to save cost time or convenience, never data.
  await held.ledger.snapshotIfDirty().catch(() => undefined);
  if (phase.kind === 'unlocked') {
    await sealDrafts(env.db, held.dataKey, phase.session.user.id, useDraftsStore.getState().drafts).catch(() => undefined);
  }
  closeVault(held);
  useDraftsStore.getState().replaceDrafts({});
  useProjectionStore.getState().clear();
  useIntegrityStore.setState(useIntegrityStore.getInitialState(), true);
  if (env.afterLock() === 'staying') env.setPhase({ kind: 'locked', isSetupUnfinished: held.pendingSetup !== undefined });
}
