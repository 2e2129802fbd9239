import { use, useMemo } from 'react';
import type { DatedInspection } from '@shared/inspection/trends';
import { toIntlLocale } from '../../../i18n/format';
import { FormatContext } from '../../../i18n/formatContext';

/**
 * Short labels for the time axis: the day, with the time added wherever two inspections
 * fall on one day, so every point is told apart without crowding the axis.
 */
export function useTrendLabels(inspections: readonly DatedInspection[]): ReadonlyMap<string, string> {
  const settings = use(FormatContext);
  return useMemo(() => {
    const locale = toIntlLocale(settings);
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: settings.timeZone });
    const dayAndTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23', timeZone: settings.timeZone });
    const days = inspections.map((inspection) => day.format(new Date(inspection.occurredAt)));
    const isShared = (label: string) => days.filter((other) => other === label).length > 1;
    return new Map(
      inspections.map((inspection, index) => {
        const label = days[index] ?? '';
        return [inspection.id, isShared(label) ? dayAndTime.format(new Date(inspection.occurredAt)) : label];
      }),
    );
  }, [inspections, settings]);
}
