import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog as FormDialogFrame } from '../../../ui/FormDialog';

type ActionDialogProps = {
  title: string;
  /** What the dialog is about (the finding or the action), shown above the form. */
  subject: string;
  submitLabel: string;
  isBusy: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
};

/** The dialog every action write uses: its subject, a form, and submit and cancel buttons. */
export function ActionDialog({ title, subject, submitLabel, isBusy, formRef, onSubmit, onClose, children }: ActionDialogProps) {
  const { t } = useTranslation();
  const labels = { submit: submitLabel, busy: t('inspections.actions.saving'), cancel: t('dialog.cancel'), close: t('dialog.close') };
  return (
    <FormDialogFrame title={title} subject={<p className="finding-label preserve-lines">{subject}</p>} labels={labels} isBusy={isBusy} formRef={formRef} onSubmit={onSubmit} onClose={onClose}>
      {children}
    </FormDialogFrame>
  );
}
