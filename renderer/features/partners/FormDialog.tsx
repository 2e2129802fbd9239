import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog as FormDialogFrame } from '../../ui/FormDialog';

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
  const labels = { submit: submitLabel, busy: t('partners.saving'), cancel: t('dialog.cancel'), close: t('dialog.close') };
  return (
    <FormDialogFrame title={title} subject={<p className="partners-dialog-subject preserve-lines" dir="auto">{subject}</p>} labels={labels} isBusy={isBusy} formRef={formRef} onSubmit={onSubmit} onClose={onClose}>
      {children}
    </FormDialogFrame>
  );
}
