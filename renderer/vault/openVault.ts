/**
 * Opening what the data key unlocks: the installation's identity, and this installation's
 * ledger session (latest snapshot plus replay, published to the projection store). The
 * result holds the keys; it lives only in the vault provider's state and closeVault zeroes
 * every key buffer it holds.
 */
import type { InstallationIdentity } from '@shared/ledger/identity';
import type { Clock } from '@shared/util/clock';
import type { HabeasDb } from '../db/habeasDb';
import { createLedgerSession, openLedgerStorage, projectionStoreSink } from '../ledger';
import type { LedgerSession, LedgerStorage } from '../ledger';
import { APP_EVENT_REGISTRY, APP_PROJECTIONS } from './appLedger';
import { openInstallation } from './installationSecrets';
import { openPendingSetup } from './pendingSetup';
import type { PendingSetup } from './pendingSetup';
import { VAULT_ROW_IDS } from './vaultRows';

export type OpenedVault = {
  db: HabeasDb;
  /** The caller's buffer, zeroed by closeVault. */
  dataKey: Uint8Array;
  identity: InstallationIdentity;
  ledgerId: string;
  ledger: LedgerSession;
  /** The ledger's storage, for reading single events (timelines, the audit trail); closed with the session. */
  storage: LedgerStorage;
  /** Set while first-run setup is unfinished (see pendingSetup.ts). */
  pendingSetup: PendingSetup | undefined;
};

export type OpenVaultOptions = { clock?: Clock; onSnapshotError?: (error: unknown) => void };

/** Thrown when the vault has no installation record: nothing to open. */
export class VaultMissingError extends Error {
  override readonly name = 'VaultMissingError';
  constructor() {
    super('vault: no installation record');
  }
}

/** @throws VaultMissingError; SealError if the installation record was altered */
export async function openVault(db: HabeasDb, dataKey: Uint8Array, options: OpenVaultOptions = {}): Promise<OpenedVault> {
  const [installation, setup] = await db.vault.bulkGet([VAULT_ROW_IDS.installation, VAULT_ROW_IDS.setup]);
  if (installation?.kind !== 'installation') throw new VaultMissingError();
  const identity = openInstallation(dataKey, installation);
  const pendingSetup = setup?.kind === 'setup' ? openPendingSetup(dataKey, setup) : undefined;
  const storage = await openLedgerStorage({
    db,
    dataKey,
    ledgerId: identity.ledgerId,
    registry: APP_EVENT_REGISTRY,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const ledger = createLedgerSession({
    storage,
    projections: APP_PROJECTIONS,
    sink: projectionStoreSink,
    ...(options.onSnapshotError ? { onSnapshotError: options.onSnapshotError } : {}),
  });
  const opened: OpenedVault = { db, dataKey, identity, ledgerId: identity.ledgerId, ledger, storage, pendingSetup };
  try {
    await ledger.start();
  } catch (error) {
    closeVault(opened);
    throw error;
  }
  return opened;
}

/** Closes the ledger (which zeroes its own key copy) and zeroes the keys held here. */
export function closeVault(opened: OpenedVault): void {
  opened.ledger.close();
  opened.dataKey.fill(0);
  opened.identity.signing.secretKey.fill(0);
}
