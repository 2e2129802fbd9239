import { calibrateLogN } from './calibration';
import * as actions from './vaultActions';
import type { VaultEnv } from './vaultActions';
import type { VaultController } from './vaultContext';
import type { Session } from './session';
import { restartSetup } from './vaultStatus';
import { verifyAndRebuild } from './verification';

/** The vault's actions bound to one provider's state; the phase is added by the provider. */
export function createVaultController(env: VaultEnv): Omit<VaultController, 'phase'> {
  let calibration: Promise<number> | null = null;
  const calibrate = (): Promise<number> => (calibration ??= calibrateLogN());
  const unlocked = (): Session => {
    const current = env.getPhase();
    if (current.kind !== 'unlocked') throw new Error('vault: locked');
    return current.session;
  };
  return {
    calibrate,
    setUp: (input, onProgress) => actions.setUp(env, input, calibrate(), onProgress),
    unlock: (passphrase, onProgress) => actions.unlock(env, passphrase, onProgress),
    unlockWithRecoveryCode: (code, onProgress) => actions.unlockWithCode(env, code, onProgress),
    finishRecovery: (userId, passphrase, onProgress) => actions.recover(env, userId, passphrase, onProgress),
    confirmRecoveryCode: () => actions.confirmRecoveryCode(env),
    restartSetup: async () => {
      const isRestarted = await restartSetup(env.db);
      if (isRestarted) env.setPhase({ kind: 'setup' });
      return isRestarted;
    },
    verifyAndRebuild: (onProgress) => verifyAndRebuild(unlocked(), onProgress),
    lock: () => actions.lockVault(env),
  };
}
