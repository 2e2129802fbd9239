import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import { useSession } from '../../vault/useSession';
import type { DraftKit } from './draftKit';

/** How long after the last keystroke the draft is sealed again. */
export const AUTOSAVE_DELAY_MS = 800;

/** Seals the draft as it is now; resolves true once the sealed copy is current. */
export function useSaveDraftNow<Draft>(kit: DraftKit<Draft>): () => Promise<boolean> {
  const session = useSession();
  return useCallback(async () => {
    const store = kit.useStore.getState();
    const { draft, revision } = store;
    if (draft === null || store.isClosing) return true;
    store.markSaving();
    try {
      const savedAt = await kit.save(session, draft);
      kit.useStore.getState().markSaved(revision, savedAt);
      return true;
    } catch {
      kit.useStore.getState().markSaveFailed(revision);
      return false;
    }
  }, [kit, session]);
}

/** Whether the component is still mounted, for work that ends after it may have gone. */
function useIsMounted(): { readonly current: boolean } {
  const isMounted = useRef(true);
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);
  return isMounted;
}

/**
 * Reads the sealed draft once per unlock. A draft whose work is already recorded (its
 * removal failed after the write) is removed now, never offered again. A read that ends
 * after the screen went away is not applied: the next screen to need the draft reads again.
 */
function useLoadDraft<Draft>(kit: DraftKit<Draft>, isRecorded: (draft: Draft) => boolean): void {
  const session = useSession();
  const load = kit.useStore((state) => state.load);
  const wasRecorded = useEffectEvent(isRecorded);
  const isMounted = useIsMounted();
  useEffect(() => {
    if (load !== 'unknown') return;
    const { getState } = kit.useStore;
    getState().startLoading();
    const settle = (apply: () => void) => {
      if (isMounted.current) apply();
      else if (getState().load === 'loading') getState().reloadDraft();
    };
    void kit.rows.read(session).then(async (stored) => {
      if (stored.kind === 'draft' && wasRecorded(stored.draft)) {
        await kit.rows.remove(session).catch(() => undefined);
        settle(() => { getState().setLoaded(null); });
      } else if (stored.kind === 'unreadable') {
        settle(() => { getState().setUnreadable(); });
      } else {
        settle(() => { getState().setLoaded(stored.kind === 'draft' ? stored.draft : null); });
      }
    }, () => {
      settle(() => { getState().setUnreadable(); });
    });
  }, [kit, load, session, isMounted]);
}

/**
 * Keeps the sealed copy of the draft current: loaded on first use, sealed again shortly
 * after each change, and once more when the screen goes away with changes not yet sealed
 * (moving to another screen, locking, which unmounts it before the key is dropped, or the
 * page going away). `isRecorded` tells a leftover draft whose work is already in the ledger.
 */
export function useDraftPersistence<Draft>(kit: DraftKit<Draft>, isRecorded: (draft: Draft) => boolean): void {
  const save = kit.useStore((state) => state.save);
  const revision = kit.useStore((state) => state.revision);
  const saveNow = useSaveDraftNow(kit);
  useLoadDraft(kit, isRecorded);
  useEffect(() => {
    if (save !== 'unsaved') return;
    const timer = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [save, revision, saveNow]);
  useEffect(() => {
    const flush = () => {
      if (kit.useStore.getState().save === 'unsaved') void saveNow();
    };
    // A reload or a closed window within the autosave delay: seal now rather than lose the last keystrokes.
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [kit, saveNow]);
}
