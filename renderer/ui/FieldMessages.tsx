import type { FieldIds } from './useFieldIds';

type FieldMessagesProps = {
  ids: FieldIds;
  hint: string | undefined;
  error: string | undefined;
};

/** A field's hint and error message, with the ids its control names in aria-describedby. */
export function FieldMessages({ ids, hint, error }: FieldMessagesProps) {
  return (
    <>
      {hint ? (
        <p id={ids.hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={ids.errorId} className="field-error">
          <span aria-hidden="true" className="field-error-icon">
            !
          </span>
          {error}
        </p>
      ) : null}
    </>
  );
}
