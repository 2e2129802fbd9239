import { todayIn } from '@shared/sharing/period';
import { useNow } from '../../custody';
import { useFormat } from '../../i18n/useFormat';

/** Today (`YYYY-MM-DD`) where the adviser is, or in a facility's time zone when given: the last day a period may cover. */
export function useToday(timeZone?: string): string {
  const format = useFormat();
  return todayIn(useNow().getTime(), timeZone ?? format.timeZone);
}
