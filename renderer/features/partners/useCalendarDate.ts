import { use } from 'react';
import { formatDate } from '../../i18n/format';
import { FormatContext } from '../../i18n/formatContext';

/**
 * A calendar day (`YYYY-MM-DD`: an assessment, a due date, a decision) is not an instant: it
 * is shown as that day whatever the time zone, by formatting its UTC midnight in UTC.
 */
export function useCalendarDate(): (date: string) => string {
  const settings = use(FormatContext);
  return (date) => formatDate(new Date(`${date}T00:00:00Z`), settings, 'UTC');
}
