/**
 * App-wide UI and session state: whether local storage opened, and the toast queue. Toasts hold a message key rather than a sentence so
 * that a toast raised just before a language switch is shown in the new language.
 */
import type { TranslationKey } from '../i18n/translationKey';
import { createStore } from './createStore';

export const TOAST_TONES = ['info', 'success', 'error'] as const;
export type ToastTone = (typeof TOAST_TONES)[number];

export type Toast = {
  id: number;
  tone: ToastTone;
  messageKey: TranslationKey;
};

type UiState = {
  isStorageAvailable: boolean;
  toasts: Toast[];
  nextToastId: number;
  showToast: (tone: ToastTone, messageKey: TranslationKey) => void;
  dismissToast: (id: number) => void;
  setStorageAvailable: (isAvailable: boolean) => void;
};

export const useUiStore = createStore<UiState>((set) => ({
  isStorageAvailable: true,
  toasts: [],
  nextToastId: 1,
  // The same message twice in a row replaces the older toast instead of stacking copies.
  showToast: (tone, messageKey) => {
    set((state) => ({
      nextToastId: state.nextToastId + 1,
      toasts: [
        ...state.toasts.filter((toast) => toast.messageKey !== messageKey),
        { id: state.nextToastId, tone, messageKey },
      ],
    }));
  },
  dismissToast: (id) => {
    set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
  },
  setStorageAvailable: (isAvailable) => {
    set({ isStorageAvailable: isAvailable });
  },
}));
