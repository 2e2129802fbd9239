import { useEffect } from 'react';
import type { RefObject } from 'react';

const FOCUSABLE = 'input, select, textarea, button, [href], [tabindex]:not([tabindex="-1"])';

/**
 * Shows the dialog modally while `isOpen`: the browser traps focus and makes the rest of the
 * page inert. Focus goes to the first control in the body (not the close button, which
 * comes first in the header) and back to whatever had it when the dialog closes.
 */
export function useModalDialog(dialogRef: RefObject<HTMLDialogElement | null>, bodyRef: RefObject<HTMLElement | null>, isOpen: boolean): void {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!isOpen || dialog === null) return;
    const opener = document.activeElement;
    dialog.showModal();
    bodyRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => {
      dialog.close();
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, [dialogRef, bodyRef, isOpen]);
}
