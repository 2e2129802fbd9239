import type { CustodyRecord } from '@shared/custody/projection/types';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { useCustodyLabels } from '../custody';
import { entriesOf } from './fields/entries';

/** Entries named as people recognise them: "Taken to hospital, 3 March 2026 at 14:05". */
export function useEntryNames(record: CustodyRecord): (entryId: string) => string {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const format = useFormat();
  return useMemo(() => {
    const names = new Map(
      entriesOf(record).map((entry) => [entry.id, t('detainee.entry.name', { type: labels.eventType(entry.type), time: format.dateTime(new Date(entry.occurredMs)) })]),
    );
    for (const correction of record.corrections) names.set(correction.id, t('detainee.entry.correctionName', { entry: names.get(correction.targetEventId) ?? '' }));
    return (entryId) => names.get(entryId) ?? t('detainee.entry.unknown');
  }, [record, t, labels, format]);
}
