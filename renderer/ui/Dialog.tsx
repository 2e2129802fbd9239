import { useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';

type DialogProps = {
  isOpen: boolean;
  title: string;
  /** Accessible name of the close button, such as "Close". */
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
};

/**
 * A modal native <dialog>, named by its title. Escape asks the owner to close it rather
 * than closing it directly, so the owner's `isOpen` stays the only truth.
 */
export function Dialog({ isOpen, title, closeLabel, onClose, children, footer }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useModalDialog(dialogRef, bodyRef, isOpen);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {isOpen ? (
        <>
          <div className="dialog-header">
            <h2 id={titleId} className="dialog-title">
              {title}
            </h2>
            <button type="button" className="dialog-close" aria-label={closeLabel} onClick={onClose}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <div ref={bodyRef} className="dialog-body">
            {children}
          </div>
          {footer ? <div className="dialog-footer">{footer}</div> : null}
        </>
      ) : null}
    </dialog>
  );
}
