import { useState } from 'react';
import type { TranslationKey } from '../../../i18n/translationKey';
import { useUiStore } from '../../../stores/uiStore';

/** Runs one contact command at a time, says how it went in a toast, and closes the dialog on success. */
export function useContactCommand(onClose: () => void) {
  const showToast = useUiStore((state) => state.showToast);
  const [isBusy, setIsBusy] = useState(false);
  const run = async (command: () => Promise<unknown>, success: TranslationKey): Promise<void> => {
    if (isBusy) return;
    setIsBusy(true);
    try {
      await command();
      showToast('success', success);
      onClose();
    } catch {
      showToast('error', 'exchange.failed');
      setIsBusy(false);
    }
  };
  return { isBusy, run };
}
