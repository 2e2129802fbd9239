import type { DataRouter } from 'react-router';
import { KeysMissingScreen, LockingScreen, LockScreen, NewPassphraseScreen, StorageUnavailableScreen, WriterBusyScreen } from '../features/lock';
import { SetupWizard } from '../features/setup';
import { useVault } from '../vault/useVault';
import { AccessFrame } from './AccessFrame';
import { PendingRecoveryCode } from './PendingRecoveryCode';
import { UnlockedApp } from './UnlockedApp';

type VaultGateProps = { router: DataRouter; onRetryWriterLock: () => void };

/** Shows whatever the vault's phase allows: setup, the lock screen, a message, or — unlocked — the app. */
export function VaultGate({ router, onRetryWriterLock }: VaultGateProps) {
  const { phase } = useVault();
  if (phase.kind === 'unlocked' && phase.session.pendingSetup === undefined) return <UnlockedApp router={router} />;
  return <AccessFrame>{accessScreen(phase, onRetryWriterLock)}</AccessFrame>;
}

function accessScreen(phase: ReturnType<typeof useVault>['phase'], onRetryWriterLock: () => void) {
  switch (phase.kind) {
    case 'unavailable':
      return <StorageUnavailableScreen />;
    case 'writer-busy':
      return <WriterBusyScreen onRetry={onRetryWriterLock} />;
    case 'keys-missing':
      return <KeysMissingScreen />;
    case 'setup':
      return <SetupWizard />;
    case 'locked':
      return <LockScreen isSetupUnfinished={phase.isSetupUnfinished} />;
    case 'locking':
      return <LockingScreen />;
    case 'recovering':
      return <NewPassphraseScreen opened={phase.opened} />;
    case 'unlocked':
      return <PendingRecoveryCode session={phase.session} />;
  }
}
