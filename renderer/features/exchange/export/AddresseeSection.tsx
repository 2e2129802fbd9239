import { useTranslation } from 'react-i18next';
import { recipientContacts } from '@shared/exchange/contacts';
import { RadioGroup } from '../../../ui/RadioGroup';
import { Section } from '../../../ui/Section';
import { useContacts } from '../queries';
import { PassphraseBox } from './PassphraseBox';
import { RecipientChoices } from './RecipientChoices';
import type { AddresseeKind, useExportForm } from './useExportForm';

type AddresseeSectionProps = { form: ReturnType<typeof useExportForm>; disabled: boolean };

/** Who can open the bundle: chosen contacts (each with its own key), or whoever is given the passphrase. */
export function AddresseeSection({ form, disabled }: AddresseeSectionProps) {
  const { t } = useTranslation();
  const recipients = recipientContacts(useContacts());
  return (
    <Section title={t('exchange.export.who')}>
      <RadioGroup<AddresseeKind>
        legend={t('exchange.export.openWith')}
        options={[
          { value: 'contacts', label: t('exchange.export.withContacts') },
          { value: 'passphrase', label: t('exchange.export.withPassphrase') },
        ]}
        value={form.kind}
        onValueChange={form.setKind}
        disabled={disabled}
      />
      {form.kind === 'contacts' ? (
        <RecipientChoices
          recipients={recipients}
          chosen={form.chosen}
          onToggle={form.toggle}
          error={form.errors.recipients === undefined ? undefined : t('exchange.export.recipientsRequired')}
        />
      ) : (
        <PassphraseBox
          passphrase={form.passphrase}
          onRegenerate={form.regenerate}
          isNoted={form.isNoted}
          onNotedChange={form.setNoted}
          error={form.errors.noted === undefined ? undefined : t('exchange.export.passphrase.notedRequired')}
        />
      )}
    </Section>
  );
}
