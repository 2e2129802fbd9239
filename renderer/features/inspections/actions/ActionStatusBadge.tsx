import { useTranslation } from 'react-i18next';
import type { ActionView } from '@shared/inspection/actionViews';
import { STATUS_KEYS } from '../labels';

/** Open, overdue or closed, in words with a distinct mark, never by colour alone. */
export function ActionStatusBadge({ action }: { action: ActionView }) {
  const { t } = useTranslation();
  if (action.isOverdue) {
    return (
      <span className="state-badge state-red">
        <span className="state-mark" aria-hidden="true">
          !
        </span>
        {t('inspections.actions.status.overdue')}
      </span>
    );
  }
  const isClosed = action.status === 'closed';
  return (
    <span className={isClosed ? 'state-badge state-green' : 'state-badge state-amber'}>
      <span className="state-mark" aria-hidden="true">
        {isClosed ? '✓' : '○'}
      </span>
      {t(STATUS_KEYS[action.status])}
    </span>
  );
}
