import { use } from 'react';
import { formatDate } from '../../../i18n/format';
import { FormatContext } from '../../../i18n/formatContext';

/**
 * A due date is a calendar day, not an instant: it is shown as that day whatever the time
 * zone, by formatting its UTC midnight in UTC.
 */
export function useDueDate(): (dueDate: string) => string {
  const settings = use(FormatContext);
  return (dueDate) => formatDate(new Date(`${dueDate}T00:00:00Z`), settings, 'UTC');
}
