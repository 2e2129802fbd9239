import { useCallback } from 'react';
import type { ActionView } from '@shared/inspection/actionViews';
import { resolveTemplate } from '@shared/inspection/inspectionsProjection';
import { itemsById } from '@shared/inspection/template';
import { useInspectionsState, useTemplateLanguage } from '../queries';

/** The item an action was opened from, in the reader's language, or its id when the inspection is not held here. */
export function useActionSource(): (action: ActionView) => string {
  const state = useInspectionsState();
  const language = useTemplateLanguage();
  return useCallback(
    (action) => {
      const record = state.inspections.get(action.source.inspectionId);
      const template = record === undefined ? undefined : resolveTemplate(state, record.payload.template);
      const item = template === undefined ? undefined : itemsById(template).get(action.source.itemId);
      return item === undefined ? action.source.itemId : item.item.label[language];
    },
    [state, language],
  );
}
