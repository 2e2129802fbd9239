import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../stores/uiStore';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { useSession } from '../../vault/useSession';
import type { DraftKit } from './draftKit';

/** Deletes the sealed draft; no save may start meanwhile, so none can bring it back. Resolves true once it is gone. */
function useDiscardDraft<Draft>(kit: DraftKit<Draft>): () => Promise<boolean> {
  const session = useSession();
  const showToast = useUiStore((state) => state.showToast);
  return async () => {
    const store = kit.useStore.getState();
    store.setClosing(true);
    try {
      await kit.discard(session);
      store.clearDraft();
      showToast('info', kit.discardKeys.done);
      return true;
    } catch {
      showToast('error', kit.discardKeys.failed);
      return false;
    } finally {
      store.setClosing(false);
    }
  };
}

/** Throwing away a draft asks first: it may be hours of work and cannot be brought back. */
export function DiscardDraftButton<Draft>({ kit }: { kit: DraftKit<Draft> }) {
  const { t } = useTranslation();
  const discard = useDiscardDraft(kit);
  const keys = kit.discardKeys;
  return (
    <ConfirmButton
      label={t(keys.button)}
      title={t(keys.title)}
      confirmLabel={t('drafts.discard.confirm')}
      cancelLabel={t('drafts.discard.keep')}
      closeLabel={t('dialog.close')}
      onConfirm={discard}
    >
      <p>{t(keys.body)}</p>
    </ConfirmButton>
  );
}
