/** The audit trail's filters: UI state (ids and dates, nothing identifying), kept while moving between screens; a lock reloads the page and resets them. */
import { createStore } from '../../stores/createStore';
import type { AuditFilter } from './auditFilter';
import { NO_AUDIT_FILTER } from './auditFilter';

type AuditUiState = {
  filter: AuditFilter;
  setFilter: (change: Partial<AuditFilter>) => void;
  clearFilter: () => void;
};

export const useAuditStore = createStore<AuditUiState>((set) => ({
  filter: NO_AUDIT_FILTER,
  setFilter: (change) => {
    set((state) => ({ filter: { ...state.filter, ...change } }));
  },
  clearFilter: () => {
    set({ filter: NO_AUDIT_FILTER });
  },
}));
