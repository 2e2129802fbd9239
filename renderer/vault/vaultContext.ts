import { createContext } from 'react';
import type { VerifyProgress, RebuildResult } from '../ledger';
import type { UnlockRefusal } from './unlock';
import type { SetupInput, SetupProgress } from './setup';
import type { VaultPhase } from './vaultPhase';

type Progress = (fraction: number) => void;

/** The vault's phase and what can be done in it; provided by VaultProvider. */
export type VaultController = {
  phase: VaultPhase;
  /** The scrypt cost for this machine, measured once, in the background, when first asked for. */
  calibrate: () => Promise<number>;
  setUp: (input: SetupInput, onProgress: (progress: SetupProgress) => void) => Promise<void>;
  /** Resolves with null when unlocked, or why not. */
  unlock: (passphrase: string, onProgress: Progress) => Promise<UnlockRefusal | null>;
  unlockWithRecoveryCode: (code: string, onProgress: Progress) => Promise<UnlockRefusal | null>;
  /** After a recovery-code unlock: the chosen user's new passphrase, then the app. */
  finishRecovery: (userId: string, passphrase: string, onProgress: Progress) => Promise<void>;
  /** The administrator has kept the recovery code shown at setup. */
  confirmRecoveryCode: () => Promise<void>;
  /** Resolves false when setup cannot start over because events are stored. */
  restartSetup: () => Promise<boolean>;
  verifyAndRebuild: (onProgress: (progress: VerifyProgress) => void) => Promise<RebuildResult>;
  lock: () => Promise<void>;
};

/** Null outside VaultProvider. */
export const VaultContext = createContext<VaultController | null>(null);
