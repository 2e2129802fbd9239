import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page';
import { Section } from '../../../ui/Section';
import { useContacts } from '../queries';
import { AddContactForm } from './AddContactForm';
import type { ContactAction } from './contactAction';
import { ContactDialog } from './ContactDialog';
import { ContactsTable } from './ContactsTable';
import { MyCardSection } from './MyCardSection';

/** Contacts and keys: this installation's card, the contacts it exchanges bundles with, and adding one. */
export function ContactsScreen() {
  const { t } = useTranslation();
  const contacts = useContacts();
  const [action, setAction] = useState<ContactAction | null>(null);
  return (
    <Page title={t('exchange.contacts.title')} documentTitle={t('frame.documentTitle', { page: t('exchange.contacts.title') })} intro={t('exchange.contacts.intro')}>
      <MyCardSection />
      <Section title={t('exchange.contacts.listTitle')} hint={t('exchange.contacts.listHint')}>
        <ContactsTable contacts={contacts} onAction={setAction} />
      </Section>
      <Section title={t('exchange.addContact.title')} hint={t('exchange.addContact.hint')}>
        <AddContactForm
          onAdded={(card) => {
            setAction({ kind: 'confirm', ledger: card.ledger });
          }}
        />
      </Section>
      <ContactDialog action={action} contacts={contacts} onClose={() => { setAction(null); }} />
    </Page>
  );
}
