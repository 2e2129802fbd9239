import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRecord } from '@shared/exchange/contacts';
import type { EndpointProblem } from '@shared/ipc/outbox';
import { endpointProblem, normalizedEndpoint, OUTBOX_ENDPOINT_MAX_CHARS } from '@shared/ipc/outbox';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { ENDPOINT_PROBLEM_KEYS } from './outboxText';

/** The address being typed, what is wrong with it once submitted, and saving it. */
function useEndpointForm(current: string | undefined, onSave: (endpoint: string | null) => Promise<void>, onDone: () => void) {
  const [value, setValue] = useState(current ?? '');
  const [problem, setProblem] = useState<EndpointProblem | null>(null);
  const [state, setState] = useState<'editing' | 'saving' | 'failed'>('editing');
  const save = async (endpoint: string | null) => {
    setState('saving');
    try {
      await onSave(endpoint);
      onDone();
    } catch {
      setState('failed');
    }
  };
  const submit = () => {
    const found = endpointProblem(value);
    setProblem(found);
    if (found === null) void save(normalizedEndpoint(value));
  };
  return { value, setValue, problem, state, submit, remove: () => void save(null) };
}

type EndpointDialogProps = { contact: ContactRecord; current: string | undefined; onSave: (endpoint: string | null) => Promise<void>; onClose: () => void };

/** Sets or removes the inbox address of one contact; the address is checked by the rules the main process applies. */
export function EndpointDialog({ contact, current, onSave, onClose }: EndpointDialogProps) {
  const { t } = useTranslation();
  const form = useEndpointForm(current, onSave, onClose);
  const footer = (
    <div className="button-row">
      <Button variant="primary" isBusy={form.state === 'saving'} busyLabel={t('outbox.saving')} onClick={form.submit}>{t('outbox.endpoints.save')}</Button>
      {current === undefined ? null : <Button variant="danger" onClick={form.remove}>{t('outbox.endpoints.remove')}</Button>}
      <Button onClick={onClose}>{t('outbox.cancel')}</Button>
    </div>
  );
  return (
    <Dialog isOpen title={t('outbox.endpoints.dialogTitle', { facility: contact.card.facility })} closeLabel={t('outbox.close')} onClose={onClose} footer={footer}>
      {form.state === 'failed' ? <Banner tone="error" title={t('outbox.saveFailed')} /> : null}
      <form noValidate onSubmit={(event) => { event.preventDefault(); form.submit(); }}>
        <TextField
          label={t('outbox.endpoints.field')}
          hint={t('outbox.endpoints.fieldHint')}
          error={form.problem === null ? undefined : t(ENDPOINT_PROBLEM_KEYS[form.problem])}
          value={form.value}
          onValueChange={form.setValue}
          dir="ltr"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          maxLength={OUTBOX_ENDPOINT_MAX_CHARS}
        />
      </form>
    </Dialog>
  );
}
