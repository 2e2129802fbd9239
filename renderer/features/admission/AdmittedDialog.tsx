import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import type { Admitted } from './admissionStore';
import { useAdmissionStore } from './admissionStore';

/** The person's record: `#/register/<recordId>`. */
export function recordPath(recordId: string): string {
  return `/register/${encodeURIComponent(recordId)}`;
}

/**
 * The register number just assigned, shown large enough to copy onto paper, before the
 * detainee's page opens; closing the dialog opens it too.
 */
export function AdmittedDialog({ admitted }: { admitted: Admitted }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const dismiss = useAdmissionStore((state) => state.dismissAdmitted);
  const openRecord = () => {
    dismiss();
    void navigate(recordPath(admitted.recordId));
  };
  return (
    <Dialog isOpen title={t('admission.admitted.title')} closeLabel={t('dialog.close')} onClose={openRecord}>
      <p>
        {t('admission.admitted.person')} <bdi className="admission-admitted-name">{admitted.name === '' ? t('admission.admitted.noName') : admitted.name}</bdi>
      </p>
      <p className="admission-admitted-number">
        <span>{t('admission.admitted.number')}</span>{' '}
        <bdi className="register-number" dir="ltr" translate="no">
          {admitted.registerLabel}
        </bdi>
      </p>
      <p>
        {admitted.gaps === 0
          ? t('admission.admitted.noGaps')
          : t('admission.admitted.gaps', { count: admitted.gaps, number: format.number(admitted.gaps) })}
      </p>
      {/* In the body, not the footer: the dialog focuses the first control of its body, and this is the one to press. */}
      <div className="button-row">
        <Button variant="primary" onClick={openRecord}>
          {t('admission.admitted.openRecord')}
        </Button>
        <Button onClick={dismiss}>{t('admission.admitted.another')}</Button>
      </div>
    </Dialog>
  );
}
