/**
 * The register list's UI state, kept while moving between screens. The search text can
 * hold a name, so it lives in memory only (never in the address or in storage); a lock
 * reloads the page and clears it.
 */
import { createStore } from '../../stores/createStore';
import type { RegisterColumnId } from './columns';
import type { RegisterFilter } from './registerFilter';
import { NO_REGISTER_FILTER } from './registerFilter';

export type SortDirection = 'ascending' | 'descending';
export type RegisterSort = { readonly column: RegisterColumnId; readonly direction: SortDirection };

/** Newest entries first: the ones a registrar works on. */
export const DEFAULT_REGISTER_SORT: RegisterSort = { column: 'registerNumber', direction: 'descending' };

type RegisterUiState = {
  query: string;
  filter: RegisterFilter;
  sort: RegisterSort;
  /** The needs-action view shows only people held now. */
  heldOnly: boolean;
  /** Columns just chosen, shown at once while the choice is saved (and kept for the session if saving fails). */
  chosenColumns: readonly RegisterColumnId[] | null;
  setQuery: (query: string) => void;
  setFilter: (change: Partial<RegisterFilter>) => void;
  clearFilter: () => void;
  /** Sorts by a column: ascending first, the other way on a second click. */
  sortBy: (column: RegisterColumnId) => void;
  setHeldOnly: (heldOnly: boolean) => void;
  chooseColumns: (columns: readonly RegisterColumnId[]) => void;
};

export const useRegisterStore = createStore<RegisterUiState>((set) => ({
  query: '',
  filter: NO_REGISTER_FILTER,
  sort: DEFAULT_REGISTER_SORT,
  heldOnly: false,
  chosenColumns: null,
  setQuery: (query) => {
    set({ query });
  },
  setFilter: (change) => {
    set((state) => ({ filter: { ...state.filter, ...change } }));
  },
  clearFilter: () => {
    set({ filter: NO_REGISTER_FILTER });
  },
  sortBy: (column) => {
    set((state) => ({
      sort: { column, direction: state.sort.column === column && state.sort.direction === 'ascending' ? 'descending' : 'ascending' },
    }));
  },
  setHeldOnly: (heldOnly) => {
    set({ heldOnly });
  },
  chooseColumns: (chosenColumns) => {
    set({ chosenColumns });
  },
}));
