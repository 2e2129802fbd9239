/**
 * The state of a correction: which field, its new value, the reason, and the one write.
 * The old value is the field as it reads now (corrections applied), so a correction made
 * at the same time by someone else is detected instead of silently overwritten.
 */
import type { EffectiveEvent } from '@shared/custody/projection/effective';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { ValidationProblem } from '@shared/custody/validation';
import { useState } from 'react';
import { useFormat } from '../../i18n/useFormat';
import { useUiStore } from '../../stores/uiStore';
import { useSession } from '../../vault/useSession';
import { correctField, currentValueAt } from './commands';
import type { CorrectableField } from './fields/corrections';
import { needsSecondUser } from './fields/corrections';
import type { FormValues, MissingField } from './fields/formValues';
import { fieldEntry, fieldToJson, missingFields } from './fields/formValues';

/** Form paths of the correction dialog, apart from any event form's on the page. */
export const NEW_VALUE_PATH = 'correction.to';
export const REASON_PATH = 'correction.reason';
const PREFIX = 'correction.';

export type CorrectionFormState = {
  field: CorrectableField | undefined;
  choose: (path: string) => void;
  values: FormValues;
  update: (change: (values: FormValues) => FormValues) => void;
  reason: string;
  setReason: (reason: string) => void;
  missing: readonly MissingField[];
  problems: readonly ValidationProblem[];
  isBusy: boolean;
  submit: () => Promise<void>;
};

function prefilled(field: CorrectableField | undefined, target: EffectiveEvent, timeZone: string): FormValues {
  if (field === undefined) return {};
  const out: Record<string, string> = {};
  fieldEntry(field.spec, NEW_VALUE_PATH, currentValueAt(target, field.path), timeZone, out);
  return out;
}

/** What stopped the last attempt: fields not answered, or problems found. */
type Refusal = { readonly missing: readonly MissingField[]; readonly problems: readonly ValidationProblem[] };
const NOTHING_REFUSED: Refusal = { missing: [], problems: [] };

/** What stops a correction before it is sent: a new value not given, or no reason. */
function checkCorrection(field: CorrectableField, values: FormValues, reason: string): Refusal {
  const missing = missingFields([{ ...field.spec, name: 'to' }], 'correction', values);
  const problems: ValidationProblem[] = reason.trim() === '' ? [{ code: 'empty-reason', path: REASON_PATH }] : [];
  return { missing, problems };
}

type Options = { record: CustodyRecord; targetEventId: string; target: EffectiveEvent; fields: readonly CorrectableField[]; initialPath: string | undefined; onDone: () => void };

export function useCorrectionForm({ record, targetEventId, target, fields, initialPath, onDone }: Options): CorrectionFormState {
  const session = useSession();
  const { timeZone } = useFormat();
  const showToast = useUiStore((state) => state.showToast);
  const [field, setField] = useState(() => fields.find((item) => item.path === initialPath));
  const [values, setValues] = useState<FormValues>(() => prefilled(field, target, timeZone));
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<Refusal>(NOTHING_REFUSED);
  const [isBusy, setIsBusy] = useState(false);
  const choose = (path: string) => {
    const next = fields.find((item) => item.path === path);
    setField(next);
    setValues(prefilled(next, target, timeZone));
    setRefusal(NOTHING_REFUSED);
  };
  const submit = async () => {
    if (isBusy || field === undefined) return;
    const checked = checkCorrection(field, values, reason);
    setRefusal(checked);
    if (checked.missing.length > 0 || checked.problems.length > 0) return;
    setIsBusy(true);
    try {
      const to = fieldToJson({ ...field.spec, name: 'to' }, NEW_VALUE_PATH, values, timeZone) ?? null;
      const result = await correctField(session, { recordId: record.id, targetEventId, target, path: field.path, to, reason });
      if (!result.ok) {
        setRefusal({ missing: [], problems: result.error.map((item) => ({ ...item, path: `${PREFIX}${item.path}` })) });
        return;
      }
      showToast('success', needsSecondUser(target.type, field.path) ? 'detainee.correct.recordedPending' : 'detainee.correct.recorded');
      onDone();
    } catch {
      showToast('error', 'detainee.record.failed');
    } finally {
      setIsBusy(false);
    }
  };
  return { field, choose, values, update: setValues, reason, setReason, ...refusal, isBusy, submit };
}
