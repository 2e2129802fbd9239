import { useTranslation } from 'react-i18next';
import { useUiStore } from '../stores/uiStore';
import { Toast } from '../ui/Toast';
import { ToastRegion } from '../ui/ToastRegion';

/** Long enough to read twice when tired; errors never disappear on their own. */
const TOAST_AUTO_DISMISS_MS = 8000;

export function ToastHost() {
  const { t } = useTranslation();
  const toasts = useUiStore((state) => state.toasts);
  const dismissToast = useUiStore((state) => state.dismissToast);
  return (
    <ToastRegion label={t('toasts.region')}>
      {toasts.map((toast) => (
        <Toast
          key={toast.id}
          tone={toast.tone}
          message={t(toast.messageKey)}
          dismissLabel={t('toasts.dismiss')}
          autoDismissMs={toast.tone === 'error' ? undefined : TOAST_AUTO_DISMISS_MS}
          onDismiss={() => {
            dismissToast(toast.id);
          }}
        />
      ))}
    </ToastRegion>
  );
}
