import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportDecision } from '@shared/partners/events';
import { SUPPORT_DECISIONS } from '@shared/partners/events';
import { useDialogCommand } from '../../stores/useDialogCommand';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { useSession } from '../../vault/useSession';
import { recordDecision } from './commands';
import { FormDialog } from './FormDialog';
import type { DecisionFields } from './forms';
import { checkDecision } from './forms';
import { DECISION_KEYS } from './labels';
import { useCheckedForm } from '../../ui/useCheckedForm';
import { useProblemText } from './useProblemText';
import { useToday } from '../../custody';

/** A decision on support, with its rationale; the signed-in adviser is recorded as its author. */
export function DecisionDialog({ partnerId, partnerName, onClose }: { partnerId: string; partnerName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [fields, setFields] = useState<DecisionFields>({ decision: '', decidedOn: useToday(), rationale: '' });
  const set = (change: Partial<DecisionFields>) => { setFields((current) => ({ ...current, ...change })); };
  const { isBusy, run } = useDialogCommand(onClose, 'partners.decisions.failed');
  const { formRef, errors, submit } = useCheckedForm(() => checkDecision(fields, partnerId), (decision) => void run(() => recordDecision(session, decision), 'partners.decisions.recorded'));
  const problem = useProblemText(errors);
  return (
    <FormDialog title={t('partners.decisions.addTitle')} subject={partnerName} submitLabel={t('partners.decisions.addSubmit')} isBusy={isBusy} formRef={formRef} onSubmit={submit} onClose={onClose}>
      <RadioGroup<SupportDecision | ''>
        legend={t('partners.decisions.decision')}
        error={problem('decision')}
        options={SUPPORT_DECISIONS.map((value) => ({ value, label: `${t(DECISION_KEYS[value].name)} — ${t(DECISION_KEYS[value].meaning)}` }))}
        value={fields.decision}
        onValueChange={(decision) => { set({ decision }); }}
      />
      <TextField type="date" label={t('partners.decisions.decidedOn')} error={problem('decidedOn')} value={fields.decidedOn} onValueChange={(decidedOn) => { set({ decidedOn }); }} />
      <TextArea label={t('partners.decisions.rationale')} hint={t('partners.decisions.rationaleHint')} error={problem('rationale')} value={fields.rationale} onValueChange={(rationale) => { set({ rationale }); }} />
    </FormDialog>
  );
}
