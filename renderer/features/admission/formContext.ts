/**
 * What every input of the admission form reads and writes: the draft, the view computed
 * from it (problems, gaps, who the person is) and the messages shown next to fields.
 * One context, so thirty inputs do not each take five props.
 */
import { createContext, use } from 'react';
import type { Known } from '@shared/custody/known';
import type { AdmissionDraft, AnswerReason } from './admissionDraft';
import { withReason, withRowEdited, withValue } from './admissionDraft';
import type { ListId } from './formFields';
import type { AdmissionView } from './queries';

export type AdmissionFormApi = {
  readonly draft: AdmissionDraft;
  readonly view: AdmissionView;
  readonly edit: (edit: (draft: AdmissionDraft) => AdmissionDraft) => void;
  /** The message to show at an input path, once the registrar has left it or tried to admit. */
  readonly errorFor: (path: string) => string | undefined;
  readonly touch: (path: string) => void;
  /** Opens the step holding an input path and moves focus to it (from the lists of problems and gaps). */
  readonly goToField: (path: string) => void;
};

export const AdmissionFormContext = createContext<AdmissionFormApi | null>(null);

export function useAdmissionForm(): AdmissionFormApi {
  const api = use(AdmissionFormContext);
  if (api === null) throw new Error('useAdmissionForm() needs an <AdmissionFormContext> provider');
  return api;
}

/** One input's text and reason, wherever the draft keeps them (the form's own values, or a row of a group). */
export type Slot = {
  readonly text: string;
  readonly reason: AnswerReason | undefined;
  readonly setText: (text: string) => void;
  readonly setReason: (reason: AnswerReason | null) => void;
};

/** The slot of a top-level input path. */
export function useDraftSlot(path: string): Slot {
  const { draft, edit } = useAdmissionForm();
  return {
    text: draft.values[path] ?? '',
    reason: draft.reasons[path],
    setText: (text) => {
      edit((current) => withValue(current, path, text));
    },
    setReason: (reason) => {
      edit((current) => withReason(current, path, reason));
    },
  };
}

/** The slot of one part of one row of a repeatable group. */
export function useRowSlot(list: ListId, rowId: string, part: string): Slot {
  const { draft, edit } = useAdmissionForm();
  const row = draft.rows[list].find((candidate) => candidate.id === rowId);
  return {
    text: row?.values[part] ?? '',
    reason: row?.reasons[part],
    setText: (text) => {
      edit((current) => withRowEdited(current, list, rowId, (found) => ({ ...found, values: { ...found.values, [part]: text } })));
    },
    setReason: (reason) => {
      edit((current) =>
        withRowEdited(current, list, rowId, (found) => {
          const others = Object.fromEntries(Object.entries(found.reasons).filter(([key]) => key !== part));
          return { ...found, reasons: reason === null ? others : { ...others, [part]: reason } };
        }),
      );
    },
  };
}

/** The slot as a KnownInput value: its reason, what was typed, or not answered yet. */
export function knownOfSlot(slot: Slot): Known<string> | undefined {
  if (slot.reason !== undefined && slot.reason !== 'none') return { unknown: slot.reason };
  return slot.text === '' ? undefined : { value: slot.text };
}

/**
 * Applies a KnownInput change to the slot. Choosing a reason keeps the typed text in the
 * draft, so choosing "value given" again brings it back even after a reload.
 */
export function applyKnown(slot: Slot, next: Known<string> | undefined): void {
  if (next !== undefined && 'unknown' in next) {
    slot.setReason(next.unknown);
    return;
  }
  if (slot.reason !== undefined) {
    slot.setReason(null);
    if (next === undefined) return;
  }
  slot.setText(next?.value ?? '');
}
