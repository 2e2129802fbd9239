import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { RegisterNumber, SafeguardBadge, StatusBadge, useCustodyLabels } from '../custody';
import { detaineeHref } from '../detainee';
import type { ActionItem } from './needsAction';
import { PersonNames } from './PersonNames';

const DAY_MS = 86_400_000;

/** What is late or missing, in words: since when it is overdue, by when it is due, or which data is missing. */
function useDutyText(): (item: ActionItem, nowMs: number) => string {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const format = useFormat();
  return ({ result }, nowMs) => {
    const date = result.dueMs === undefined ? '' : format.dateTime(new Date(result.dueMs));
    if (result.state === 'unknown') {
      const missing = (result.missing ?? []).map((path) => labels.field(path)).join(', ');
      return missing === '' ? t('register.needsAction.unknownNoField') : t('register.needsAction.missing', { fields: missing });
    }
    if (result.dueMs === undefined) return labels.safeguardState(result.state);
    if (result.state === 'due') return t('register.needsAction.dueBy', { date });
    if (result.doneMs !== undefined) return t('register.needsAction.doneLate', { date, done: format.dateTime(new Date(result.doneMs)) });
    const days = Math.floor((nowMs - result.dueMs) / DAY_MS);
    return t('register.needsAction.overdueSince', { date, count: days, days: format.number(days) });
  };
}

/** One duty: who (the entry, linked to the person's page), its state, and what is late or missing. */
export function ActionItemRow({ item, nowMs }: { item: ActionItem; nowMs: number }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const dutyText = useDutyText();
  const { record, result } = item;
  return (
    <tr>
      <th scope="row">
        <Link to={detaineeHref(record.id)}>
          <RegisterNumber value={record.registerNumber} />
        </Link>
      </th>
      <td>
        <PersonNames record={record} unknownLabel={t('register.row.nameUnknown')} />
      </td>
      <td>
        <StatusBadge status={record.status} />
      </td>
      <td>
        <SafeguardBadge state={result.state} />
      </td>
      <td>
        {dutyText(item, nowMs)}
        {(result.notes ?? []).map((note) => (
          <span key={note} className="register-note">
            {labels.safeguardNote(note)}
          </span>
        ))}
      </td>
    </tr>
  );
}
