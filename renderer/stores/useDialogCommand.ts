import { useState } from 'react';
import type { TranslationKey } from '../i18n/translationKey';
import { useUiStore } from './uiStore';

/**
 * Runs one dialog's command at a time, says how it went in a toast, and calls `onDone`
 * on success. A failed command leaves the dialog open with what the person typed.
 */
export function useDialogCommand(onDone: () => void, failure: TranslationKey) {
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
      showToast('error', failure);
    } finally {
      setIsBusy(false);
    }
  };
  return { isBusy, run };
}
