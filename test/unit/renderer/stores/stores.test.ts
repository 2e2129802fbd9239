import { describe, expect, it } from 'vitest';
import { createStore, resetAllStores } from '../../../../renderer/stores/createStore';
import { draftFormId, unsavedTextInScope, useDraftsStore } from '../../../../renderer/stores/draftsStore';
import { useUiStore } from '../../../../renderer/stores/uiStore';

describe('stores', () => {
  it('puts every store created through createStore back to its initial state', () => {
    const useCounter = createStore<{ count: number; increment: () => void }>((set) => ({
      count: 0,
      increment: () => {
        set((state) => ({ count: state.count + 1 }));
      },
    }));
    useCounter.getState().increment();
    useUiStore.getState().showToast('info', 'settings.saved');
    resetAllStores();
    expect(useCounter.getState().count).toBe(0);
    expect(useUiStore.getState().toasts).toEqual([]);
  });

  it('replaces a repeated toast instead of stacking copies, and dismisses by id', () => {
    const { showToast } = useUiStore.getState();
    showToast('success', 'settings.saved');
    showToast('error', 'settings.saveFailed');
    showToast('success', 'settings.saved');
    expect(useUiStore.getState().toasts.map((toast) => [toast.id, toast.messageKey])).toEqual([
      [2, 'settings.saveFailed'],
      [3, 'settings.saved'],
    ]);
    useUiStore.getState().dismissToast(2);
    expect(useUiStore.getState().toasts.map((toast) => toast.id)).toEqual([3]);
  });

  it('collects the unsaved text of one screen, and only that screen', () => {
    const { setDraftField, clearDraft } = useDraftsStore.getState();
    setDraftField(draftFormId('register', 'admit'), 'name', 'Amina');
    setDraftField(draftFormId('register', 'admit'), 'note', '  ');
    setDraftField(draftFormId('register', 'transfer'), 'reason', 'Court order');
    setDraftField(draftFormId('registers', 'other'), 'x', 'not mine');
    expect(unsavedTextInScope(useDraftsStore.getState().drafts, 'register')).toBe('Amina\n\nCourt order');
    clearDraft(draftFormId('register', 'admit'));
    expect(unsavedTextInScope(useDraftsStore.getState().drafts, 'register')).toBe('Court order');
  });
});
