import { useTranslation } from 'react-i18next';
import type { ActionView } from '@shared/inspection/actionViews';
import { useFormat } from '../../../i18n/useFormat';

/** Who opened the action, every note since, and how it was verified: folded, so the list stays short. */
export function ActionHistory({ action }: { action: ActionView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entries = action.notes.length + (action.closure === undefined ? 1 : 2);
  const when = (iso: string) => format.dateTime(new Date(iso));
  return (
    <details className="action-history">
      <summary>{t('inspections.actions.history', { count: entries, number: format.number(entries) })}</summary>
      <ol>
        <li>{t('inspections.actions.openedBy', { name: action.openedBy.name, when: when(action.openedAt) })}</li>
        {action.notes.map((note) => (
          <li key={`${note.at}:${note.author.id}:${note.note}`}>
            <span className="history-meta">{t('inspections.actions.noteBy', { name: note.author.name, when: when(note.at) })}</span>{' '}
            <span className="preserve-lines">{note.note}</span>
          </li>
        ))}
        {action.closure === undefined ? null : (
          <li>
            <span className="history-meta">{t('inspections.actions.closedBy', { name: action.closure.by.name, when: when(action.closure.at) })}</span>{' '}
            <span className="preserve-lines">{action.closure.verificationNote}</span>
          </li>
        )}
      </ol>
    </details>
  );
}
