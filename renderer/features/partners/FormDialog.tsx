import { useId } from 'react';
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

type FormDialogProps = {
  title: string;
  /** What the dialog is about (the partner or the measure), shown above the form. */
  subject: string;
  submitLabel: string;
  isBusy: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
};

/** The dialog every partner write uses: its subject, a form, and submit and cancel buttons. */
export function FormDialog({ title, subject, submitLabel, isBusy, formRef, onSubmit, onClose, children }: FormDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const footer = (
    <div className="button-row">
      <Button type="submit" form={formId} variant="primary" isBusy={isBusy} busyLabel={t('partners.saving')}>
        {submitLabel}
      </Button>
      <Button onClick={onClose}>{t('dialog.cancel')}</Button>
    </div>
  );
  return (
    <Dialog isOpen title={title} closeLabel={t('dialog.close')} onClose={onClose} footer={footer}>
      <p className="partners-dialog-subject preserve-lines" dir="auto">{subject}</p>
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
