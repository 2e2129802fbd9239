import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import { useSession } from '../../vault/useSession';
import { saveDraft } from './commands';
import { deleteSealedDraft, readSealedDraft } from './draftStorage';
import { useInspectionsState } from './queries';
import { useInspectionsStore } from './inspectionsStore';

/** How long after the last keystroke the draft is sealed again. */
export const AUTOSAVE_DELAY_MS = 800;

/** Seals the draft as it is now; resolves true once the sealed copy is current. */
export function useSaveDraftNow(): () => Promise<boolean> {
  const session = useSession();
  return useCallback(async () => {
    const store = useInspectionsStore.getState();
    const { draft, revision } = store;
    if (draft === null || store.isClosing) return true;
    store.markSaving();
    try {
      const savedAt = await saveDraft(session, draft);
      useInspectionsStore.getState().markSaved(revision, savedAt);
      return true;
    } catch {
      useInspectionsStore.getState().markSaveFailed(revision);
      return false;
    }
  }, [session]);
}

/**
 * Reads the sealed draft once per unlock. A draft already recorded as finished (its removal
 * failed) is removed now. A read that ends after the screen went away is not applied: the
 * next screen to need the draft reads it again.
 */
function useLoadDraft(): void {
  const session = useSession();
  const load = useInspectionsStore((state) => state.load);
  const inspections = useInspectionsState();
  const isFinished = useEffectEvent((id: string) => inspections.inspections.has(id));
  const isMounted = useRef(true);
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);
  useEffect(() => {
    if (load !== 'unknown') return;
    useInspectionsStore.getState().startLoading();
    void readSealedDraft(session).then(async (stored) => {
      const store = useInspectionsStore.getState();
      if (!isMounted.current) {
        if (store.load === 'loading') store.reloadDraft();
      } else if (stored.kind === 'unreadable') {
        store.setUnreadable();
      } else if (stored.kind === 'draft' && isFinished(stored.draft.id)) {
        await deleteSealedDraft(session).catch(() => undefined);
        store.setLoaded(null);
      } else {
        store.setLoaded(stored.kind === 'draft' ? stored.draft : null);
      }
    }, () => {
      const store = useInspectionsStore.getState();
      if (isMounted.current) store.setUnreadable();
      else if (store.load === 'loading') store.reloadDraft();
    });
  }, [load, session]);
}

/**
 * Keeps the sealed copy of the inspection in progress current: loaded on first use, sealed
 * again shortly after each change, and once more when the screen goes away with changes
 * not yet sealed (moving to another screen, or locking, which unmounts it before the key
 * is dropped).
 */
export function useDraftPersistence(): void {
  const save = useInspectionsStore((state) => state.save);
  const revision = useInspectionsStore((state) => state.revision);
  const saveNow = useSaveDraftNow();
  useLoadDraft();
  useEffect(() => {
    if (save !== 'unsaved') return;
    const timer = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [save, revision, saveNow]);
  useEffect(
    () => () => {
      if (useInspectionsStore.getState().save === 'unsaved') void saveNow();
    },
    [saveNow],
  );
}
