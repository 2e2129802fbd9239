import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EventKind } from '@shared/exchange/plan';
import { EVENT_KINDS } from '@shared/exchange/plan';
import { useFormat } from '../../i18n/useFormat';

/** The kinds of entries a bundle carries, such as "3 new records, 1 correction". */
export function KindCounts({ byKind }: { byKind: Partial<Record<EventKind, number>> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const parts = EVENT_KINDS.flatMap((kind) => {
    const count = byKind[kind] ?? 0;
    return count === 0 ? [] : [kindText(t, kind, count, format.number(count))];
  });
  return <>{parts.join(t('exchange.listSeparator'))}</>;
}

function kindText(t: TFunction, kind: EventKind, count: number, shown: string): string {
  switch (kind) {
    case 'records':
      return t('exchange.kinds.records', { count, shown });
    case 'corrections':
      return t('exchange.kinds.corrections', { count, shown });
    case 'voids':
      return t('exchange.kinds.voids', { count, shown });
    case 'inspections':
      return t('exchange.kinds.inspections', { count, shown });
    case 'facility':
      return t('exchange.kinds.facility', { count, shown });
    case 'users':
      return t('exchange.kinds.users', { count, shown });
    case 'contacts':
      return t('exchange.kinds.contacts', { count, shown });
    case 'bundles':
      return t('exchange.kinds.bundles', { count, shown });
    case 'other':
      return t('exchange.kinds.other', { count, shown });
  }
}
