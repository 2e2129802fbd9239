/**
 * First-run setup (design §5). Order matters so that an interruption never leaves a
 * stuck installation: the slow derivations first (nothing written yet), then every vault
 * row in one transaction (keys, and the sealed pending-setup record), then the ledger's
 * first events. If the app stops after the keys are written, the next unlock finds the
 * pending record and completes whatever events are missing (completeSetup); the record is
 * deleted only once the administrator confirms the recovery code is kept.
 */
import { newDataKey } from '@shared/crypto/dataKey';
import { KDF_MIN_LOG_N, newKdfParams } from '@shared/crypto/kdf';
import { generateRecoveryCode } from '@shared/crypto/recoveryCode';
import type { FacilityProfile } from '@shared/ledger/coreEventTypes';
import { createInstallationIdentity } from '@shared/ledger/identity';
import type { Clock } from '@shared/util/clock';
import { systemClock } from '@shared/util/clock';
import { newId } from '@shared/util/ids';
import type { HabeasDb } from '../db/habeasDb';
import { facilityOf, facilityProjection } from '../ledger';
import { ledgerCreatedDraft, userAddedDraft } from './eventDrafts';
import { sealInstallation } from './installationSecrets';
import { makeRecoveryWrap, makeUserWrap } from './keyring';
import { openVault } from './openVault';
import type { OpenVaultOptions } from './openVault';
import { sealPendingSetup } from './pendingSetup';
import type { PendingSetup } from './pendingSetup';
import type { Session } from './session';
import { activeUserOf, authorOf, projectionState } from './session';
import { VAULT_ROW_IDS } from './vaultRows';

export type SetupInput = { facility: FacilityProfile; adminName: string; passphrase: string };

/** What setup is doing, for the progress bar; `fraction` is of that step. */
export type SetupProgress = { step: 'calibrating' | 'wrapping' | 'recovery' | 'ledger'; fraction: number };

export type SetupOptions = OpenVaultOptions & {
  /** The scrypt cost for this machine, usually measured while the person fills in the forms. */
  logN: Promise<number>;
  onProgress?: (progress: SetupProgress) => void;
};

/** Thrown when the vault already holds an installation: setup never overwrites keys. */
export class AlreadySetUpError extends Error {
  override readonly name = 'AlreadySetUpError';
  constructor() {
    super('vault: already set up');
  }
}

/** Creates the installation and returns the administrator's session; its pendingSetup holds the recovery code to show. */
export async function createInstallation(db: HabeasDb, input: SetupInput, options: SetupOptions): Promise<Session> {
  const progress = options.onProgress ?? (() => undefined);
  // Checked first so nothing slow runs for nothing, and again in the writing transaction.
  if ((await db.vault.count()) > 0) throw new AlreadySetUpError();
  progress({ step: 'calibrating', fraction: 0 });
  const logN = Math.max(KDF_MIN_LOG_N, await options.logN);
  const identity = await createInstallationIdentity();
  const dataKey = newDataKey();
  const pending: PendingSetup = {
    facility: input.facility,
    admin: { userId: newId(), name: input.adminName },
    recoveryCode: generateRecoveryCode(),
  };
  const userWrap = await makeUserWrap(input.passphrase, dataKey, pending.admin.userId, newKdfParams(logN), (fraction) => {
    progress({ step: 'wrapping', fraction });
  });
  // The code carries 130 random bits, so the cost floor already puts guessing out of reach.
  const recoveryWrap = await makeRecoveryWrap(pending.recoveryCode, dataKey, newKdfParams(KDF_MIN_LOG_N));
  progress({ step: 'recovery', fraction: 1 });
  await db.transaction('rw', db.vault, async () => {
    if ((await db.vault.count()) > 0) throw new AlreadySetUpError();
    await db.vault.bulkAdd([userWrap, recoveryWrap, sealInstallation(dataKey, identity), sealPendingSetup(dataKey, pending)]);
  });
  identity.signing.secretKey.fill(0);
  progress({ step: 'ledger', fraction: 0 });
  const opened = await openVault(db, dataKey, options);
  const session = { ...opened, user: { id: pending.admin.userId, name: input.adminName, role: 'administrator' as const } };
  await completeSetup(session, options.clock ?? systemClock);
  progress({ step: 'ledger', fraction: 1 });
  return session;
}

/**
 * Appends whichever of the setup events are not yet in the ledger: the facility's creation,
 * then the administrator. Safe to run again; does nothing once both are there.
 */
export async function completeSetup(session: Session, clock: Clock = systemClock): Promise<void> {
  const pending = session.pendingSetup;
  if (pending === undefined) return;
  const author = authorOf({ id: pending.admin.userId, name: pending.admin.name, role: 'administrator' });
  const facilities = projectionState(session.ledger.current().states, facilityProjection);
  if (facilityOf(facilities, session.ledgerId) === undefined) {
    await session.ledger.append(ledgerCreatedDraft(session.ledgerId, pending.facility, clock), author);
  }
  if (!isAdminAdded(session)) {
    await session.ledger.append(userAddedDraft({ ...pending.admin, role: 'administrator' }, clock), author);
  }
}

function isAdminAdded(session: Session): boolean {
  const adminId = session.pendingSetup?.admin.userId;
  if (adminId === undefined) return true;
  return activeUserOf({ ...session, pendingSetup: undefined }, adminId) !== undefined;
}

/** The administrator has kept the recovery code: setup is over. */
export async function finishSetup(db: HabeasDb): Promise<void> {
  await db.vault.delete(VAULT_ROW_IDS.setup);
}
