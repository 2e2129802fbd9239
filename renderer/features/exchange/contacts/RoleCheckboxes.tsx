import { useTranslation } from 'react-i18next';
import type { ContactRoles } from '@shared/exchange/eventTypes';
import { Checkbox } from '../../../ui/Checkbox';

type RoleCheckboxesProps = {
  roles: ContactRoles;
  onChange: (roles: ContactRoles) => void;
  /** Accepting bundles is offered only to roles that may import them. */
  canBeSource: boolean;
  error?: string;
};

/** Whether bundles go to the contact, come from it, or both. */
export function RoleCheckboxes({ roles, onChange, canBeSource, error }: RoleCheckboxesProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="field role-fieldset">
      <legend className="field-label">{t('exchange.roles.legend')}</legend>
      <Checkbox
        label={t('exchange.roles.recipientChoice')}
        hint={t('exchange.roles.recipientHint')}
        checked={roles.recipient}
        onCheckedChange={(recipient) => { onChange({ ...roles, recipient }); }}
        error={error}
      />
      {canBeSource ? (
        <Checkbox
          label={t('exchange.roles.sourceChoice')}
          hint={t('exchange.roles.sourceHint')}
          checked={roles.source}
          onCheckedChange={(source) => { onChange({ ...roles, source }); }}
        />
      ) : null}
    </fieldset>
  );
}
