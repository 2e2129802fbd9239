import type { CustodyEventType } from '@shared/custody/eventTypes';
import { isMedicalPath } from '@shared/custody/medicalVisibility';
import type { CorrectionState, CorrectionView } from '@shared/custody/projection/types';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../i18n/translationKey';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../ui/Button';
import { specOfPath } from './fields/corrections';
import { useFieldText } from './fields/useFieldText';
import { FieldValue } from './FieldValues';

const STATE_KEYS: Readonly<Record<CorrectionState, TranslationKey>> = {
  applied: 'detainee.correctionState.applied',
  pending_confirmation: 'detainee.correctionState.pending_confirmation',
  voided: 'detainee.correctionState.voided',
  rejected: 'detainee.correctionState.rejected',
};

type CorrectionHistoryProps = {
  targetType: CustodyEventType;
  corrections: readonly CorrectionView[];
  canReadMedical: boolean;
  authorName: (userId: string) => string;
  eventName: (id: string) => string;
  /** Offers to withdraw (void) a correction; absent where nothing can be written (print, pending list). */
  onWithdraw?: (correction: CorrectionView) => void;
  /** Whether a correction can still be withdrawn (not already being withdrawn). */
  isWithdrawable?: (correction: CorrectionView) => boolean;
  /** False where the list shows one change among others (the pending confirmations): no heading of its own. */
  hasTitle?: boolean;
};

type WithdrawProps = Pick<CorrectionHistoryProps, 'onWithdraw' | 'isWithdrawable'> & { correction: CorrectionView; fieldName: string };

function WithdrawButton({ correction, fieldName, onWithdraw, isWithdrawable }: WithdrawProps) {
  const { t } = useTranslation();
  const isLive = correction.state === 'applied' || correction.state === 'pending_confirmation';
  if (onWithdraw === undefined || !isLive || isWithdrawable?.(correction) === false) return null;
  return (
    <Button onClick={() => { onWithdraw(correction); }} aria-label={t('detainee.timeline.withdrawNamed', { field: fieldName })}>
      {t('detainee.timeline.withdraw')}
    </Button>
  );
}

function CorrectionItem({ targetType, correction, canReadMedical, authorName, eventName, onWithdraw, isWithdrawable }: Omit<CorrectionHistoryProps, 'corrections'> & { correction: CorrectionView }) {
  const { t } = useTranslation();
  const text = useFieldText();
  const format = useFormat();
  const path = correction.path ?? '';
  const spec = specOfPath(targetType, path);
  const isHidden = !canReadMedical && isMedicalPath(targetType, path);
  const fieldName = spec === undefined ? path : text.label(spec, path.split('.').filter((segment) => segment !== 'value').join('.'));
  const value = (json: CorrectionView['from']) =>
    isHidden ? <span className="detainee-withheld">{t('detainee.timeline.withheldValue')}</span> : spec === undefined ? <code>{JSON.stringify(json)}</code> : <FieldValue spec={spec} path={path} json={json} eventName={eventName} />;
  return (
    <li className={`detainee-correction detainee-correction-${correction.state}`}>
      <p className="detainee-correction-field">
        <strong>{fieldName}</strong> <span className="detainee-correction-state">({t(STATE_KEYS[correction.state])})</span>
      </p>
      <div className="detainee-before-after">
        <span className="visually-hidden">{t('detainee.timeline.before')} </span>
        <div className="detainee-before">{value(correction.from)}</div>
        <span aria-hidden="true" className="detainee-arrow">
          {' → '}
        </span>
        <span className="visually-hidden"> {t('detainee.timeline.after')} </span>
        <div className="detainee-after">{value(correction.to)}</div>
      </div>
      <p className="detainee-correction-reason">{t('detainee.timeline.reason', { reason: correction.reason ?? '' })}</p>
      <p className="detainee-correction-meta">{t('detainee.timeline.correctedBy', { name: authorName(correction.authorId), time: format.dateTime(new Date(correction.recordedMs)) })}</p>
      {correction.isStale ? <p className="detainee-correction-stale">{t('detainee.timeline.stale')}</p> : null}
      <WithdrawButton correction={correction} fieldName={fieldName} onWithdraw={onWithdraw} isWithdrawable={isWithdrawable} />
    </li>
  );
}

/** An entry's corrections, oldest first: each field's value before → after, why, who and when. */
export function CorrectionHistory({ corrections, hasTitle = true, ...shared }: CorrectionHistoryProps) {
  const { t } = useTranslation();
  if (corrections.length === 0) return null;
  const items = corrections.map((correction) => <CorrectionItem key={correction.id} correction={correction} {...shared} />);
  if (!hasTitle) return <ol className="detainee-corrections">{items}</ol>;
  return (
    <section className="detainee-corrections" aria-label={t('detainee.timeline.corrections')}>
      <h4>{t('detainee.timeline.corrections')}</h4>
      <ol>{items}</ol>
    </section>
  );
}
