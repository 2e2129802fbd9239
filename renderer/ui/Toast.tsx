import { useEffect, useEffectEvent } from 'react';

export type ToastProps = {
  message: string;
  tone: 'info' | 'success' | 'error';
  dismissLabel: string;
  onDismiss: () => void;
  /** Omit to keep the toast until dismissed; errors should always stay. */
  autoDismissMs?: number;
};

export function Toast({ message, tone, dismissLabel, onDismiss, autoDismissMs }: ToastProps) {
  // The timer starts once per toast; a parent re-render with a new callback must not restart it.
  const dismiss = useEffectEvent(onDismiss);
  useEffect(() => {
    if (autoDismissMs === undefined) return;
    const timer = window.setTimeout(() => {
      dismiss();
    }, autoDismissMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [autoDismissMs]);

  return (
    <li className={`toast toast-${tone}`}>
      <p className="toast-message">{message}</p>
      <button type="button" className="toast-dismiss" aria-label={dismissLabel} onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
