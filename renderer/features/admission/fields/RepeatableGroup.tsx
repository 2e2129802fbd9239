import { useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { Button } from '../../../ui/Button';
import { FieldMessages } from '../../../ui/FieldMessages';
import { fieldDomId, useCustodyLabels } from '../../custody';
import type { DraftRow } from '../admissionDraft';
import { MAX_ROWS, withRowAdded, withRowRemoved } from '../admissionDraft';
import type { ListId } from '../formFields';
import { LIST_PARTS } from '../formFields';
import { useAdmissionForm, useDraftSlot } from '../formContext';
import { AnswerSelect } from './AnswerSelect';
import { useFieldWiring } from './useFieldWiring';
import { useFieldHint } from './useFieldHint';

/** The words of one repeatable group, each naming the row it concerns. */
export type RowWords = {
  row: (number: string) => string;
  add: string;
  remove: (number: string) => string;
  empty: string;
};

type RepeatableGroupProps = {
  list: ListId;
  words: RowWords;
  hint?: string;
  renderRow: (row: DraftRow, index: number) => ReactNode;
};

/** Moves focus once the next frame has drawn what the last change added or removed. */
function focusSoon(find: () => HTMLElement | null): void {
  window.requestAnimationFrame(() => find()?.focus());
}

type RowListProps = { list: ListId; words: RowWords; renderRow: RepeatableGroupProps['renderRow']; onRemoved: () => void };

/** The rows, each a group named by its number with its own remove button. */
function RowList({ list, words, renderRow, onRemoved }: RowListProps) {
  const format = useFormat();
  const { draft, edit } = useAdmissionForm();
  const rows = draft.rows[list];
  if (rows.length === 0) return <p className="admission-rows-empty">{words.empty}</p>;
  return (
    <ol className="admission-row-list">
      {rows.map((row, index) => {
        const number = format.number(index + 1);
        return (
          <li key={row.id}>
            <fieldset className="admission-row">
              <legend className="admission-row-title">{words.row(number)}</legend>
              {renderRow(row, index)}
              <Button
                variant="danger"
                onClick={() => {
                  edit((current) => withRowRemoved(current, list, row.id));
                  onRemoved();
                }}
              >
                {words.remove(number)}
              </Button>
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * A list typed row by row (names, documents, property, children): each row named by its
 * number, with its own remove button; "none" and the unknown reasons answer it as a whole.
 */
export function RepeatableGroup({ list, words, hint, renderRow }: RepeatableGroupProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const { draft, edit } = useAdmissionForm();
  const slot = useDraftSlot(list);
  const fullHint = useFieldHint(list, hint);
  const wiring = useFieldWiring(list, fullHint);
  const addRef = useRef<HTMLButtonElement>(null);
  const count = draft.rows[list].length;
  const name = labels.field(list);
  const add = () => {
    edit((current) => withRowAdded(current, list));
    focusSoon(() => document.getElementById(fieldDomId(`${list}.${String(count)}.${LIST_PARTS[list][0]}`)));
  };
  return (
    <fieldset className="field admission-group admission-rows" aria-describedby={wiring.ids.describedBy}>
      <legend className="field-label">{name}</legend>
      <FieldMessages ids={wiring.ids} hint={fullHint} error={wiring.error} />
      <AnswerSelect id={wiring.ids.inputId} name={name} slot={slot} givenLabel={t('admission.answer.listed')} allowsNone />
      {slot.reason === undefined ? (
        <>
          <RowList list={list} words={words} renderRow={renderRow} onRemoved={() => { focusSoon(() => addRef.current); }} />
          {/* A plain button: focus returns here after a row is removed, so it needs a ref. */}
          <button ref={addRef} type="button" className="button button-secondary" onClick={add} disabled={count >= MAX_ROWS}>
            {words.add}
          </button>
        </>
      ) : null}
    </fieldset>
  );
}
