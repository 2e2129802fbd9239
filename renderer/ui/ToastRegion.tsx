import type { ReactNode } from 'react';

type ToastRegionProps = {
  label: string;
  children: ReactNode;
};

/**
 * Always rendered, even when empty: screen readers only announce changes to a live region
 * that already existed before the change.
 */
export function ToastRegion({ label, children }: ToastRegionProps) {
  return (
    <section className="toast-region" aria-label={label}>
      <ol className="toast-list" aria-live="polite" aria-relevant="additions text">
        {children}
      </ol>
    </section>
  );
}
