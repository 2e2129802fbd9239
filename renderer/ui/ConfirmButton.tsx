import { useState } from 'react';
import type { ReactNode } from 'react';
import type { ButtonVariant } from './Button';
import { Button } from './Button';
import { Dialog } from './Dialog';

type ConfirmButtonProps = {
  label: string;
  /** The question the dialog asks, which also names it. */
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Accessible name of the dialog's close button. */
  closeLabel: string;
  variant?: ButtonVariant;
  /** Does the thing; resolves true once done (the dialog closes), false to leave the dialog open. */
  onConfirm: () => Promise<boolean>;
  /** What will happen, in the dialog's body. */
  children: ReactNode;
};

/** A button for what cannot be undone: it asks first, and the confirm button stays busy until the work is done. */
export function ConfirmButton({ label, title, confirmLabel, cancelLabel, closeLabel, variant = 'danger', onConfirm, children }: ConfirmButtonProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const close = () => {
    setIsOpen(false);
  };
  const confirm = async () => {
    setIsBusy(true);
    try {
      if (await onConfirm()) close();
    } finally {
      setIsBusy(false);
    }
  };
  const footer = (
    <div className="button-row">
      <Button variant={variant} isBusy={isBusy} onClick={() => void confirm()}>
        {confirmLabel}
      </Button>
      <Button onClick={close}>{cancelLabel}</Button>
    </div>
  );
  return (
    <>
      <Button variant={variant} onClick={() => { setIsOpen(true); }}>
        {label}
      </Button>
      <Dialog isOpen={isOpen} title={title} closeLabel={closeLabel} onClose={close} footer={footer}>
        {children}
      </Dialog>
    </>
  );
}
