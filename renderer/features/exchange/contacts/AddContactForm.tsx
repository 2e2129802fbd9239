import { useTranslation } from 'react-i18next';
import type { IdentityCard } from '@shared/ledger/identity';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { CardDetails } from './CardDetails';
import { CARD_ISSUE_KEYS } from './cardIssueKeys';
import { RoleCheckboxes } from './RoleCheckboxes';
import { useAddContact } from './useAddContact';

type AddContactFormProps = { onAdded: (card: IdentityCard) => void };

/**
 * A new contact from its identity card: opened from a file or pasted as text. The card is
 * checked at once; adding it does not trust it — that takes the fingerprint comparison.
 */
export function AddContactForm({ onAdded }: AddContactFormProps) {
  const { t } = useTranslation();
  const form = useAddContact(onAdded, t('exchange.card.fileType'));
  if (form.card !== null) return <CheckCardForm form={form} card={form.card} />;
  const issue = form.issue === null ? undefined : t(CARD_ISSUE_KEYS[form.issue]);
  return (
    <form noValidate aria-label={t('exchange.addContact.title')} onSubmit={(event) => { event.preventDefault(); form.read(); }}>
      <div className="button-row">
        <Button onClick={() => void form.openFile()}>{t('exchange.addContact.openFile')}</Button>
      </div>
      <TextArea
        className="exchange-code"
        label={t('exchange.addContact.text')}
        hint={t('exchange.addContact.textHint')}
        error={issue}
        value={form.text}
        onValueChange={form.editText}
        rows={5}
        dir="ltr"
        spellCheck={false}
        autoComplete="off"
      />
      <Button type="submit" variant="primary">
        {t('exchange.addContact.read')}
      </Button>
    </form>
  );
}

type CheckCardFormProps = { form: ReturnType<typeof useAddContact>; card: IdentityCard };

/** The card read, for a last look, with the roles to give it. */
function CheckCardForm({ form, card }: CheckCardFormProps) {
  const { t } = useTranslation();
  return (
    <form noValidate aria-label={t('exchange.addContact.checkTitle')} onSubmit={(event) => { event.preventDefault(); void form.add(); }}>
      <h3 className="subsection-title">{t('exchange.addContact.checkTitle')}</h3>
      <p>{t('exchange.addContact.checkBody')}</p>
      <CardDetails card={card} />
      <RoleCheckboxes roles={form.roles} onChange={form.setRoles} canBeSource={form.canBeSource} error={form.hasRole ? undefined : t('exchange.roles.required')} />
      <div className="button-row">
        <Button type="submit" variant="primary" isBusy={form.isBusy} busyLabel={t('exchange.saving')}>
          {t('exchange.addContact.add')}
        </Button>
        <Button onClick={form.reset}>{t('exchange.addContact.startOver')}</Button>
      </div>
    </form>
  );
}
