import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionView } from '@shared/inspection/actionViews';
import type { InspectionRecord } from '@shared/inspection/inspectionsProjection';
import type { Finding } from '@shared/inspection/summary';
import { Button } from '../../../ui/Button';
import { useTemplateLanguage } from '../queries';
import { ActionStatusBadge } from './ActionStatusBadge';
import { OpenActionDialog } from './OpenActionDialog';
import { useDueDate } from './useDueDate';

type FindingActionsProps = { record: InspectionRecord; finding: Finding; actions: readonly ActionView[]; canWrite: boolean };

/** The actions already opened for a finding, and a way to open another. */
export function FindingActions({ record, finding, actions, canWrite }: FindingActionsProps) {
  const { t } = useTranslation();
  const dueDate = useDueDate();
  const language = useTemplateLanguage();
  const [isOpening, setIsOpening] = useState(false);
  const own = actions.filter((action) => action.source.itemId === finding.item.id);
  return (
    <div className="finding-actions">
      {own.length === 0 ? null : (
        <ul className="finding-action-list">
          {own.map((action) => (
            <li key={action.id}>
              <ActionStatusBadge action={action} /> <span className="preserve-lines">{action.what}</span>{' '}
              <span className="history-meta">{t('inspections.actions.dueOn', { date: dueDate(action.dueDate), owner: action.owner })}</span>
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <Button onClick={() => { setIsOpening(true); }} aria-label={t('inspections.actions.openFor', { item: finding.item.label[language] })}>
          {t('inspections.actions.open')}
        </Button>
      ) : null}
      {isOpening ? <OpenActionDialog record={record} finding={finding} onClose={() => { setIsOpening(false); }} /> : null}
    </div>
  );
}
