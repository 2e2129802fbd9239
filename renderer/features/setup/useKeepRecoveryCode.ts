import { useState } from 'react';
import { platform } from '../../platform';
import { useUiStore } from '../../stores/uiStore';
import { useVault } from '../../vault/useVault';

/** Printing the code, and confirming it is kept: only a ticked box lets the person go on. */
export function useKeepRecoveryCode() {
  const { confirmRecoveryCode } = useVault();
  const showToast = useUiStore((state) => state.showToast);
  const [isKept, setIsKept] = useState(false);
  const [isErrorShown, setIsErrorShown] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const print = async (): Promise<void> => {
    const result = await platform.print();
    if (!result.ok) showToast('error', 'setup.recoveryCode.printFailed');
  };
  const confirm = (): void => {
    setIsErrorShown(!isKept);
    if (!isKept) return;
    setIsBusy(true);
    confirmRecoveryCode().catch(() => {
      setIsBusy(false);
      showToast('error', 'setup.recoveryCode.confirmFailed');
    });
  };
  return { isKept, setIsKept, isErrorShown, isBusy, print, confirm };
}
