import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { useUiStore } from '../../stores/uiStore';
import { SaveBar } from '../../ui/SaveBar';
import { useSaveShortcut } from '../../ui/useSaveShortcut';
import type { DraftKit } from './draftKit';
import { useSaveDraftNow } from './useDraftPersistence';

/** Whether the sealed copy is current, in words. */
function useSaveStatus<Draft>(kit: DraftKit<Draft>): { text: string; isFailed: boolean } {
  const { t } = useTranslation();
  const format = useFormat();
  const save = kit.useStore((state) => state.save);
  const savedAt = kit.useStore((state) => state.savedAt);
  switch (save) {
    case 'saving':
      return { text: t('drafts.save.saving'), isFailed: false };
    case 'unsaved':
      return { text: t('drafts.save.unsaved'), isFailed: false };
    case 'failed':
      return { text: t('drafts.save.failed'), isFailed: true };
    case 'saved':
      return { text: savedAt === null ? t('drafts.save.nothingYet') : t('drafts.save.savedAt', { time: format.dateTime(new Date(savedAt)) }), isFailed: false };
  }
}

type DraftSaveBarProps<Draft> = {
  kit: DraftKit<Draft>;
  /** Further actions beside "Save draft", such as discarding it. */
  children?: ReactNode;
};

/** Whether the sealed copy is current, and a way to seal it now (also Ctrl+S). */
export function DraftSaveBar<Draft>({ kit, children }: DraftSaveBarProps<Draft>) {
  const { t } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);
  const saveNow = useSaveDraftNow(kit);
  const status = useSaveStatus(kit);
  useSaveShortcut(saveNow);
  const saveAndSay = async () => {
    const isSaved = await saveNow();
    showToast(isSaved ? 'success' : 'error', isSaved ? 'drafts.save.savedToast' : 'drafts.save.failedToast');
  };
  return (
    <SaveBar status={status.text} isFailed={status.isFailed} saveLabel={t('drafts.save.button')} onSave={() => void saveAndSay()}>
      {children}
    </SaveBar>
  );
}
