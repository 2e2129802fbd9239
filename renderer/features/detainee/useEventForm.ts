/**
 * The state of a later event's form: what was typed, what is missing, what validation
 * refused, and the one submit that records it. Nothing is written while a field is
 * missing or a rule refuses the draft.
 */
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { ValidationProblem } from '@shared/custody/validation';
import { useState } from 'react';
import { useFormat } from '../../i18n/useFormat';
import { useUiStore } from '../../stores/uiStore';
import { useSession } from '../../vault/useSession';
import { instantToLocalInput, localInputToInstant } from '../custody';
import { recordLaterEvent } from './commands';
import type { EventSpec } from './fields/fieldTypes';
import type { FormValues, MissingField } from './fields/formValues';
import { fieldsToJson, missingFields } from './fields/formValues';

/** The form path of the event's own time. */
export const OCCURRED_AT_FIELD = 'occurredAt';

export type EventFormState = {
  values: FormValues;
  update: (change: (values: FormValues) => FormValues) => void;
  missing: readonly MissingField[];
  problems: readonly ValidationProblem[];
  isBusy: boolean;
  submit: () => Promise<void>;
};

export function useEventForm(record: CustodyRecord, spec: EventSpec, onRecorded: () => void): EventFormState {
  const session = useSession();
  const { timeZone } = useFormat();
  const showToast = useUiStore((state) => state.showToast);
  const [values, setValues] = useState<FormValues>(() => ({ [OCCURRED_AT_FIELD]: instantToLocalInput(Date.now(), timeZone) }));
  const [missing, setMissing] = useState<readonly MissingField[]>([]);
  const [problems, setProblems] = useState<readonly ValidationProblem[]>([]);
  const [isBusy, setIsBusy] = useState(false);
  const submit = async () => {
    if (isBusy) return;
    const occurredAt = localInputToInstant(values[OCCURRED_AT_FIELD] ?? '', timeZone);
    const absent = [...(occurredAt === undefined ? [{ path: OCCURRED_AT_FIELD, kind: 'value' as const }] : []), ...missingFields(spec.fields, '', values)];
    setMissing(absent);
    setProblems([]);
    if (absent.length > 0 || occurredAt === undefined) return;
    setIsBusy(true);
    try {
      const payload = fieldsToJson(spec.fields, '', values, timeZone);
      const result = await recordLaterEvent(session, { recordId: record.id, type: spec.type, occurredAt, payload });
      if (result.ok) {
        showToast('success', 'detainee.record.recorded');
        onRecorded();
      } else {
        setProblems(result.error);
      }
    } catch {
      showToast('error', 'detainee.record.failed');
    } finally {
      setIsBusy(false);
    }
  };
  return { values, update: setValues, missing, problems, isBusy, submit };
}
