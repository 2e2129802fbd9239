import { useId } from 'react';
import type { ReactNode, RefObject } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';

export type FormDialogLabels = { submit: string; busy: string; cancel: string; close: string };

type FormDialogProps = {
  title: string;
  /** What the dialog is about, shown above the form. */
  subject: ReactNode;
  labels: FormDialogLabels;
  isBusy: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
};

/** A dialog around one form: its subject, the form, and submit and cancel buttons (Enter submits). */
export function FormDialog({ title, subject, labels, isBusy, formRef, onSubmit, onClose, children }: FormDialogProps) {
  const formId = useId();
  const footer = (
    <div className="button-row">
      <Button type="submit" form={formId} variant="primary" isBusy={isBusy} busyLabel={labels.busy}>
        {labels.submit}
      </Button>
      <Button onClick={onClose}>{labels.cancel}</Button>
    </div>
  );
  return (
    <Dialog isOpen title={title} closeLabel={labels.close} onClose={onClose} footer={footer}>
      {subject}
      <form
        id={formId}
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </Dialog>
  );
}
