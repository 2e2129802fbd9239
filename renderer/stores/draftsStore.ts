/**
 * In-progress form values, kept outside the components that edit them so that a screen
 * which crashes can be re-rendered with everything the user typed. Memory only for now;
 * a later issue persists drafts encrypted.
 *
 * A draft belongs to a form id of the form `<scope>/<form>`, where the scope is the id of
 * the feature whose screen owns the form (see ScreenBoundary).
 */
import { createStore } from './createStore';

export type DraftFields = Readonly<Record<string, string>>;

type DraftsState = {
  drafts: Readonly<Record<string, DraftFields>>;
  setDraftField: (formId: string, field: string, value: string) => void;
  clearDraft: (formId: string) => void;
};

export const useDraftsStore = createStore<DraftsState>((set) => ({
  drafts: {},
  setDraftField: (formId, field, value) => {
    set((state) => ({
      drafts: { ...state.drafts, [formId]: { ...state.drafts[formId], [field]: value } },
    }));
  },
  clearDraft: (formId) => {
    set((state) => ({
      drafts: Object.fromEntries(Object.entries(state.drafts).filter(([id]) => id !== formId)),
    }));
  },
}));

export function draftFormId(scope: string, form: string): string {
  return `${scope}/${form}`;
}

/** Every non-blank value typed into the forms of one scope, one paragraph per field. */
export function unsavedTextInScope(drafts: DraftsState['drafts'], scope: string): string {
  return Object.entries(drafts)
    .filter(([formId]) => formId.startsWith(`${scope}/`))
    .flatMap(([, fields]) => Object.values(fields))
    .filter((value) => value.trim() !== '')
    .join('\n\n');
}
