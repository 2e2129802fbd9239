import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { useUiStore } from '../../../stores/uiStore';
import { Button } from '../../../ui/Button';
import { useInspectionsStore } from '../inspectionsStore';
import { useSaveDraftNow } from '../useDraftPersistence';

/** Ctrl+S (Cmd+S) seals the draft at once, as people expect of any editor. */
function useSaveShortcut(saveNow: () => Promise<boolean>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [saveNow]);
}

/** Whether the sealed copy is current, in words. */
function useSaveStatus(): { text: string; isFailed: boolean } {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useInspectionsStore((state) => state.save);
  const savedAt = useInspectionsStore((state) => state.savedAt);
  switch (save) {
    case 'saving':
      return { text: t('inspections.save.saving'), isFailed: false };
    case 'unsaved':
      return { text: t('inspections.save.unsaved'), isFailed: false };
    case 'failed':
      return { text: t('inspections.save.failed'), isFailed: true };
    case 'saved':
      return { text: savedAt === null ? t('inspections.save.sealed') : t('inspections.save.savedAt', { time: format.dateTime(new Date(savedAt)) }), isFailed: false };
  }
}

/** Whether the sealed copy is current, and a way to seal it now (also Ctrl+S). */
export function DraftSaveBar() {
  const { t } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);
  const saveNow = useSaveDraftNow();
  const status = useSaveStatus();
  useSaveShortcut(saveNow);
  const saveAndSay = async () => {
    const isSaved = await saveNow();
    showToast(isSaved ? 'success' : 'error', isSaved ? 'inspections.save.savedToast' : 'inspections.save.failedToast');
  };
  return (
    <div className="run-save-bar no-print">
      <p role="status" className={status.isFailed ? 'run-save-status run-save-failed' : 'run-save-status'}>
        {status.text}
      </p>
      <Button onClick={() => void saveAndSay()} aria-keyshortcuts="Control+S">
        {t('inspections.save.button')}
      </Button>
    </div>
  );
}
