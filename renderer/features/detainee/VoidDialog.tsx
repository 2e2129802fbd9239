import type { ValidationProblem } from '@shared/custody/validation';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useUiStore } from '../../stores/uiStore';
import { useSession } from '../../vault/useSession';
import { ProblemList } from '../custody';
import { voidEntry } from './commands';
import { ReasonField } from './ReasonField';
import { useFieldErrors } from './useFieldErrors';

const REASON_PATH = 'void.reason';

type VoidDialogProps = {
  recordId: string;
  targetEventId: string;
  entryName: string;
  /** Voiding the admission withdraws the whole record. */
  isAdmission: boolean;
  onClose: () => void;
};

function useVoidForm(recordId: string, targetEventId: string, onDone: () => void) {
  const session = useSession();
  const showToast = useUiStore((state) => state.showToast);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<readonly ValidationProblem[]>([]);
  const [isBusy, setIsBusy] = useState(false);
  const submit = async () => {
    if (isBusy) return;
    if (reason.trim() === '') {
      setProblems([{ code: 'empty-reason', path: REASON_PATH }]);
      return;
    }
    setIsBusy(true);
    try {
      const result = await voidEntry(session, { recordId, targetEventId, reason });
      if (result.ok) {
        showToast('success', 'detainee.void.recorded');
        onDone();
      } else {
        setProblems(result.error.map((item) => ({ ...item, path: `void.${item.path}` })));
      }
    } catch {
      showToast('error', 'detainee.record.failed');
    } finally {
      setIsBusy(false);
    }
  };
  return { reason, setReason, problems, isBusy, submit };
}

/** Withdraws an entry with a reason: it stays in the register, marked void, once a second user confirms. */
export function VoidDialog({ recordId, targetEventId, entryName, isAdmission, onClose }: VoidDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const { reason, setReason, problems, isBusy, submit } = useVoidForm(recordId, targetEventId, onClose);
  const errorOf = useFieldErrors([], problems);
  return (
    <Dialog
      isOpen
      title={t('detainee.void.title')}
      closeLabel={t('dialog.close')}
      onClose={onClose}
      footer={
        <>
          <Button type="submit" form={formId} variant="danger" isBusy={isBusy} busyLabel={t('detainee.form.saving')}>
            {t('detainee.void.submit')}
          </Button>
          <Button onClick={onClose}>{t('dialog.cancel')}</Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <p>{t('detainee.correct.entry', { entry: entryName })}</p>
        <p>{t('detainee.void.explain')}</p>
        {isAdmission ? <Banner tone="warning" title={t('detainee.void.admissionWarning')} /> : null}
        <ProblemList problems={problems} fieldLabel={(path) => (path === REASON_PATH ? t('detainee.void.reason') : undefined)} />
        <ReasonField path={REASON_PATH} label={t('detainee.void.reason')} value={reason} onValue={setReason} error={errorOf(REASON_PATH)} />
      </form>
    </Dialog>
  );
}
