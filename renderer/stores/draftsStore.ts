/**
 * In-progress form values, kept outside the components that edit them so that a screen
 * which crashes can be re-rendered with everything the user typed. Memory only while
 * unlocked: on lock the vault seals them into the `drafts` table and empties this store
 * (renderer/vault/sealedDrafts.ts).
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
  /** Replaces every draft at once: emptied on lock, refilled from the sealed copy on unlock. */
  replaceDrafts: (drafts: Readonly<Record<string, DraftFields>>) => void;
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
  replaceDrafts: (drafts) => {
    set({ drafts });
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
