import { useTranslation } from 'react-i18next';
import { localDate } from '@shared/inspection/actionViews';
import type { ActionPriority } from '@shared/inspection/events';
import { ACTION_PRIORITIES } from '@shared/inspection/events';
import { useFormat } from '../../../i18n/useFormat';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { PRIORITY_KEYS } from '../labels';
import type { ActionErrors } from './actionForms';
import { ACTION_PROBLEM_KEYS } from './actionLabels';

export type PlanFields = { owner: string; dueDate: string; priority: ActionPriority };

type ActionPlanFieldsProps = { fields: PlanFields; errors: ActionErrors; onChange: (change: Partial<PlanFields>) => void };

/** Who does it, by when, how urgently: the part of an action that updates can change. */
export function ActionPlanFields({ fields, errors, onChange }: ActionPlanFieldsProps) {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  const today = localDate(new Date(), timeZone);
  const isPast = fields.dueDate !== '' && fields.dueDate < today;
  return (
    <>
      <TextField
        label={t('inspections.actions.owner')}
        hint={t('inspections.actions.ownerHint')}
        error={errors.owner === undefined ? undefined : t(ACTION_PROBLEM_KEYS[errors.owner])}
        value={fields.owner}
        autoComplete="off"
        onValueChange={(owner) => { onChange({ owner }); }}
      />
      <TextField
        type="date"
        label={t('inspections.actions.dueDate')}
        hint={isPast ? t('inspections.actions.dueDatePast') : t('inspections.actions.dueDateHint')}
        error={errors.dueDate === undefined ? undefined : t(ACTION_PROBLEM_KEYS[errors.dueDate])}
        value={fields.dueDate}
        onValueChange={(dueDate) => { onChange({ dueDate }); }}
      />
      <SelectField<ActionPriority>
        label={t('inspections.actions.priority')}
        options={ACTION_PRIORITIES.map((value) => ({ value, label: t(PRIORITY_KEYS[value]) }))}
        value={fields.priority}
        onValueChange={(priority) => { onChange({ priority }); }}
      />
    </>
  );
}
