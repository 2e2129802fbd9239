/**
 * Where the app stands with respect to its keys. Only the `recovering` and `unlocked`
 * phases hold keys; every other phase holds none.
 */
import type { WriterLock } from '../ledger';
import type { OpenedVault } from './openVault';
import type { Session } from './session';
import type { VaultStatus } from './vaultStatus';

/** What happens once the keys are gone: the page reloads (the app), or stays and shows the lock screen (tests). */
export type AfterLock = () => 'reloading' | 'staying';

export type VaultPhase =
  /** IndexedDB did not open: nothing can be kept on this computer. */
  | { kind: 'unavailable' }
  /** Another window or tab of this app holds the writer lock. */
  | { kind: 'writer-busy' }
  /** Register data is stored but its keys are not: never set up over it. */
  | { kind: 'keys-missing' }
  /** Nothing stored yet: first-run setup. */
  | { kind: 'setup' }
  | { kind: 'locked'; isSetupUnfinished: boolean }
  /** Writing what must survive and dropping the keys; the page then reloads into the lock screen. */
  | { kind: 'locking' }
  /** Opened with the recovery code: the person must say who they are and choose a new passphrase. */
  | { kind: 'recovering'; opened: OpenedVault }
  /** In use. While `session.pendingSetup` is set, the recovery code is still to be confirmed. */
  | { kind: 'unlocked'; session: Session };

/** The phase the app starts in, from what main.tsx found before the first render. */
export function initialVaultPhase(isStorageAvailable: boolean, writerLock: WriterLock, status: VaultStatus | null): VaultPhase {
  if (!isStorageAvailable || status === null) return { kind: 'unavailable' };
  if (!writerLock.granted) return { kind: 'writer-busy' };
  switch (status.kind) {
    case 'empty':
      return { kind: 'setup' };
    case 'keys-missing':
      return { kind: 'keys-missing' };
    case 'locked':
      return { kind: 'locked', isSetupUnfinished: status.isSetupUnfinished };
  }
}
