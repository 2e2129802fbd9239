/** Reads of the register screens that are not the custody projection's own (renderer/custody). */
import { useCallback, useMemo } from 'react';
import { LEGAL_CATEGORIES } from '@shared/custody/events/common';
import type { LegalCategory } from '@shared/custody/events/common';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { useDb } from '../../db/useDb';
import { useLiveQuery } from '../../db/useLiveQuery';
import { useTranslation } from 'react-i18next';
import { useCustodyLabels } from '../custody';
import type { RegisterColumnId } from './columns';
import { COLUMN_SETTING_KEY, columnsFromSetting, REGISTER_COLUMNS } from './columns';
import { useRegisterStore } from './registerStore';
import type { CategoryRank } from './useRegisterView';

/**
 * The columns chosen on this computer; all of them until a choice is stored (or if storage
 * cannot be read). Undefined while the stored choice is read, so that the list does not show
 * every column for a moment after each unlock.
 */
export function useRegisterColumns(): readonly RegisterColumnId[] | undefined {
  const db = useDb();
  const chosen = useRegisterStore((state) => state.chosenColumns);
  const read = useCallback(async () => (await db.settings.get(COLUMN_SETTING_KEY))?.value, [db]);
  const stored = useLiveQuery(read);
  const saved = useMemo(() => {
    if (stored.status === 'pending') return undefined;
    return stored.status === 'ready' ? columnsFromSetting(stored.value) : REGISTER_COLUMNS;
  }, [stored]);
  return chosen ?? saved;
}

/** Orders legal categories by their names in the reader's language; a record without one comes last. */
export function useCategoryRank(): CategoryRank {
  const labels = useCustodyLabels();
  const { i18n } = useTranslation();
  const { language } = i18n;
  return useMemo(() => {
    const collator = new Intl.Collator(language);
    const sorted = [...LEGAL_CATEGORIES].sort((a, b) => collator.compare(labels.legalCategory(a), labels.legalCategory(b)));
    const ranks = new Map<LegalCategory, number>(sorted.map((category, rank) => [category, rank]));
    return (record: CustodyRecord) => (record.legalCategory === undefined ? LEGAL_CATEGORIES.length : (ranks.get(record.legalCategory) ?? 0));
  }, [labels, language]);
}
