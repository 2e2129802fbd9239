import { createContext, use } from 'react';
import type { TFunction } from 'i18next';
import type { CustodyLabels } from '../custody';
import type { ListFormat } from './useListFormat';

/** The words and formats every row needs, looked up once per table rather than once per cell. */
export type RowText = { readonly t: TFunction; readonly labels: CustodyLabels; readonly list: ListFormat };

/**
 * Provided by RegisterTable. Rows mount by the dozen while the list scrolls, and each
 * useTranslation call costs more than the whole cell it would serve.
 */
export const RowTextContext = createContext<RowText | null>(null);

export function useRowText(): RowText {
  const text = use(RowTextContext);
  if (text === null) throw new Error('useRowText() needs a RegisterTable (RowTextContext) above it');
  return text;
}
