import { useCallback } from 'react';
import { useDraftsStore } from './draftsStore';

/**
 * A form field whose value lives in the drafts store instead of component state, so it
 * survives the component being unmounted by an error boundary.
 */
export function useDraftField(formId: string, field: string, initialValue = ''): [string, (value: string) => void] {
  const value = useDraftsStore((state) => state.drafts[formId]?.[field]) ?? initialValue;
  const setDraftField = useDraftsStore((state) => state.setDraftField);
  const setValue = useCallback(
    (next: string) => {
      setDraftField(formId, field, next);
    },
    [setDraftField, formId, field],
  );
  return [value, setValue];
}
