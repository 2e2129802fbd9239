import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../stores/uiStore';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useSession } from '../../vault/useSession';
import { discardDraft } from './commands';
import { useInspectionsStore } from './inspectionsStore';

/** Deletes the sealed draft; no save may start meanwhile, so none can bring it back. */
function useDiscardDraft(onDone: () => void): { isBusy: boolean; discard: () => Promise<void> } {
  const session = useSession();
  const showToast = useUiStore((state) => state.showToast);
  const [isBusy, setIsBusy] = useState(false);
  const discard = async () => {
    setIsBusy(true);
    const store = useInspectionsStore.getState();
    store.setClosing(true);
    try {
      await discardDraft(session);
      store.clearDraft();
      showToast('info', 'inspections.draft.discarded');
      onDone();
    } catch {
      showToast('error', 'inspections.draft.discardFailed');
    } finally {
      store.setClosing(false);
      setIsBusy(false);
    }
  };
  return { isBusy, discard };
}

/** Deleting an inspection in progress asks first: it may be hours of work and cannot be brought back. */
export function DiscardDraftButton() {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const close = () => {
    setIsOpen(false);
  };
  const { isBusy, discard } = useDiscardDraft(close);
  const footer = (
    <div className="button-row">
      <Button variant="danger" isBusy={isBusy} onClick={() => void discard()}>
        {t('inspections.draft.discardConfirm')}
      </Button>
      <Button onClick={close}>{t('inspections.draft.keep')}</Button>
    </div>
  );
  return (
    <>
      <Button variant="danger" onClick={() => { setIsOpen(true); }}>
        {t('inspections.draft.discard')}
      </Button>
      <Dialog isOpen={isOpen} title={t('inspections.draft.discardTitle')} closeLabel={t('dialog.close')} onClose={close} footer={footer}>
        <p>{t('inspections.draft.discardBody')}</p>
      </Dialog>
    </>
  );
}
