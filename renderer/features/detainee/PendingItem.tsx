import type { CustodyRecord } from '@shared/custody/projection/types';
import type { ValidationProblem } from '@shared/custody/validation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { useUiStore } from '../../stores/uiStore';
import { Button } from '../../ui/Button';
import { useSession } from '../../vault/useSession';
import { confirmChange } from './commands';
import { CorrectionHistory } from './CorrectionHistory';
import type { PendingChange } from './fields/pending';
import { useAuthorName } from './useAuthorName';
import { useEntryNames } from './useEntryNames';
import { useCan } from '../../vault/useCan';

type PendingItemProps = {
  record: CustodyRecord;
  change: PendingChange;
  /** The signed-in user made this change, so cannot confirm it. */
  isOwn: boolean;
  canConfirm: boolean;
  onRefused: (problems: readonly ValidationProblem[]) => void;
};

function useConfirm(record: CustodyRecord, eventId: string, onRefused: PendingItemProps['onRefused']) {
  const session = useSession();
  const showToast = useUiStore((state) => state.showToast);
  const [isBusy, setIsBusy] = useState(false);
  const confirm = async () => {
    if (isBusy) return;
    setIsBusy(true);
    try {
      const result = await confirmChange(session, { recordId: record.id, eventId });
      onRefused(result.ok ? [] : result.error);
      if (result.ok) showToast('success', 'detainee.pending.confirmed');
    } catch {
      showToast('error', 'detainee.record.failed');
    } finally {
      setIsBusy(false);
    }
  };
  return { isBusy, confirm };
}

/** One change waiting for a second user: what it does, who asked, and Confirm for someone else. */
export function PendingItem({ record, change, isOwn, canConfirm, onRefused }: PendingItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const authorName = useAuthorName(record.ledger);
  const entryName = useEntryNames(record);
  const canReadMedical = useCan('medical.read');
  const { isBusy, confirm } = useConfirm(record, change.pending.eventId, onRefused);
  const what = change.change.kind === 'void' ? t('detainee.pending.void', { entry: entryName(change.pending.targetEventId) }) : t('detainee.pending.correction', { entry: entryName(change.pending.targetEventId) });
  return (
    <li className="detainee-pending-item">
      <p className="detainee-pending-what">
        <strong>{what}</strong>
      </p>
      {change.change.kind === 'correction' && change.entryType !== undefined ? (
        <CorrectionHistory hasTitle={false} targetType={change.entryType} corrections={[change.change.view]} canReadMedical={canReadMedical} authorName={authorName} eventName={entryName} />
      ) : (
        <p>{t('detainee.timeline.reason', { reason: change.reason })}</p>
      )}
      <p className="detainee-pending-meta">{t('detainee.pending.requestedBy', { name: authorName(change.pending.authorId), time: format.dateTime(new Date(change.recordedMs)) })}</p>
      <p className="detainee-pending-waiting">{isOwn ? t('detainee.pending.own') : t('detainee.pending.waiting')}</p>
      {!isOwn && canConfirm ? (
        <Button variant="primary" isBusy={isBusy} busyLabel={t('detainee.form.saving')} onClick={() => { void confirm(); }} aria-label={t('detainee.pending.confirmNamed', { what })}>
          {t('detainee.pending.confirm')}
        </Button>
      ) : null}
    </li>
  );
}
