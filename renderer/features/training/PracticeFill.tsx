import { use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustodyRecords } from '../../custody';
import { useFormat } from '../../i18n/useFormat';
import { facilityOf, facilityProjection, useProjection } from '../../ledger';
import { Button } from '../../ui/Button';
import { ProgressBar } from '../../ui/ProgressBar';
import { can } from '../../vault/permissions';
import { SessionContext } from '../../vault/sessionContext';
import { fillPracticeRegister, PRACTICE_DETAINEES } from './practiceRegister';

/** While the practice register is empty, offers to fill it with invented people. */
export function PracticeFill() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = use(SessionContext);
  const records = useCustodyRecords();
  const facility = useProjection(facilityProjection, (state) => (session === null ? undefined : facilityOf(state, session.ledgerId)));
  const [progress, setProgress] = useState<number | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  if (session === null || facility === undefined || !can(session.user.role, 'register.write')) return null;
  if (records.length > 0 && progress === null) return null;
  const fill = async () => {
    setHasFailed(false);
    setProgress(0);
    try {
      await fillPracticeRegister(session, facility, setProgress);
    } catch {
      setHasFailed(true);
    }
    setProgress(null);
  };
  return (
    <div className="training-fill">
      {progress === null ? (
        <Button onClick={() => void fill()}>{t('training.fill.button', { count: PRACTICE_DETAINEES, formatted: format.number(PRACTICE_DETAINEES) })}</Button>
      ) : (
        <ProgressBar label={t('training.fill.progress')} value={Math.round(progress * 100)} valueText={t('training.fill.percent', { percent: format.number(Math.round(progress * 100)) })} />
      )}
      {hasFailed ? <p role="alert">{t('training.fill.failed')}</p> : null}
    </div>
  );
}
