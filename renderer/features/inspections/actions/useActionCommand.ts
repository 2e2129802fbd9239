import { useState } from 'react';
import type { TranslationKey } from '../../../i18n/translationKey';
import { useUiStore } from '../../../stores/uiStore';

/** Runs one action write at a time, says how it went, and closes the dialog on success. */
export function useActionCommand(onDone: () => void) {
  const showToast = useUiStore((state) => state.showToast);
  const [isBusy, setIsBusy] = useState(false);
  const run = async (command: () => Promise<unknown>, success: TranslationKey): Promise<void> => {
    if (isBusy) return;
    setIsBusy(true);
    try {
      await command();
      showToast('success', success);
      onDone();
    } catch {
      showToast('error', 'inspections.actions.failed');
    } finally {
      setIsBusy(false);
    }
  };
  return { isBusy, run };
}
