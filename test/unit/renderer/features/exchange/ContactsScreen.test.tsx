// @vitest-environment happy-dom
/**
 * Contacts and keys as a person uses them: the card to give, adding a contact from pasted
 * text with clear refusals, comparing its fingerprint before it is trusted, roles and
 * revocation — each change an event of this installation's ledger.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createInstallationIdentity, fingerprintGroups, makeIdentityCard, serializeIdentityCard } from '@shared/ledger/identity';
import { contactStatus } from '@shared/exchange/contacts';
import { exchangeStateOf } from '../../../../../renderer/features/exchange/exchangeState';
import { renderApp } from '../../../../support/renderApp';

async function otherCard(facility = 'Adviser Office «Nord»') {
  const identity = await createInstallationIdentity();
  return makeIdentityCard({ facility, signingPublicKey: identity.signing.publicKey, recipient: identity.ageRecipient });
}

function paste(text: string): void {
  fireEvent.change(screen.getByRole('textbox', { name: "Text of the contact's card" }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Read the card' }));
}

describe('contacts and keys', () => {
  it('shows this installation\'s card with its fingerprint in groups, and a QR code on demand', async () => {
    const { session } = await renderApp({ path: '/contacts' });
    const card = screen.getByRole('region', { name: 'My identity card' });
    const ledger = session?.ledgerId ?? '';
    expect(within(card).getByText(fingerprintGroups(ledger, { groups: 16 }))).toBeDefined();
    expect(within(card).getByRole('textbox', { name: 'Card text' })).toHaveProperty('value', expect.stringContaining(`"ledger":"${ledger}"`));
    fireEvent.click(within(card).getByRole('button', { name: 'Show as QR code' }));
    const qr = within(card).getByRole('img', { name: /QR code of the identity card of/ });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('refuses text that is not a card, an altered card and its own card, saying why', async () => {
    const { session } = await renderApp({ path: '/contacts' });
    paste('hello');
    expect(await screen.findByText(/This is not an identity card/)).toBeDefined();
    expect(screen.getByRole('textbox', { name: "Text of the contact's card" }).getAttribute('aria-invalid')).toBe('true');
    const card = await otherCard();
    paste(serializeIdentityCard({ ...card, facility: 'Forged Name' }));
    expect(await screen.findByText(/This card was altered/)).toBeDefined();
    const own = screen.getByRole('region', { name: 'My identity card' });
    paste(within(own).getByRole<HTMLTextAreaElement>('textbox', { name: 'Card text' }).value);
    expect(await screen.findByText('This is this installation\'s own card.')).toBeDefined();
    expect(exchangeStateOf(session!).contacts).toEqual([]);
  });

  it('adds a contact untrusted, and trusts it only after a person confirms every group matches', async () => {
    const { session } = await renderApp({ path: '/contacts' });
    const card = await otherCard();
    paste(`\n${serializeIdentityCard(card)}\n`);
    expect(await screen.findByRole('heading', { name: 'Check this card' })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Add the contact' }));
    const dialog = await screen.findByRole('dialog', { name: `Compare the fingerprint of ${card.facility}` });
    expect(contactStatus(exchangeStateOf(session!).contacts[0]!)).toBe('unconfirmed');
    const groups = within(dialog).getByRole('list', { name: 'Fingerprint groups to compare' });
    expect(within(groups).getAllByRole('listitem').map((item) => item.querySelector('code')?.textContent).join(' ')).toBe(fingerprintGroups(card.fingerprint));
    fireEvent.click(within(dialog).getByRole('button', { name: 'They match: trust this contact' }));
    expect(await within(dialog).findByText(/Tick this only after comparing every group/)).toBeDefined();
    expect(contactStatus(exchangeStateOf(session!).contacts[0]!)).toBe('unconfirmed');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'All 8 groups match what they read out' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'They match: trust this contact' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    const contact = exchangeStateOf(session!).contacts[0]!;
    expect(contact.trusted).toMatchObject({ method: 'phone' });
    const row = screen.getByRole('row', { name: new RegExp(card.facility) });
    expect(within(row).getByText('Trusted')).toBeDefined();
  });

  it('keeps a contact untrusted when the groups do not match, and says what to do', async () => {
    const { session } = await renderApp({ path: '/contacts' });
    paste(serializeIdentityCard(await otherCard()));
    fireEvent.click(await screen.findByRole('button', { name: 'Add the contact' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'They do not match' }));
    expect(within(dialog).getByRole('alert')).toHaveProperty('textContent', expect.stringContaining('Do not trust this card'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(contactStatus(exchangeStateOf(session!).contacts[0]!)).toBe('unconfirmed');
    paste(serializeIdentityCard(exchangeStateOf(session!).contacts[0]!.card));
    expect(await screen.findByText('This contact is already in your list.')).toBeDefined();
  });

  it('revokes a contact with a reason; it stays listed, with its history, and offers no more actions', async () => {
    const { session } = await renderApp({ path: '/contacts' });
    const card = await otherCard('Station Sud');
    paste(serializeIdentityCard(card));
    fireEvent.click(await screen.findByRole('button', { name: 'Add the contact' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Close' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke Station Sud' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke Station Sud?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke the contact' }));
    expect(await within(dialog).findByText('Give the reason for revoking this contact.')).toBeDefined();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reason' }), { target: { value: 'Laptop stolen' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke the contact' }));
    await waitFor(() => {
      expect(exchangeStateOf(session!).contacts[0]?.revoked).toMatchObject({ reason: 'Laptop stolen', fromBundleSeq: 1 });
    });
    const row = screen.getByRole('row', { name: /Station Sud/ });
    expect(within(row).getByText(/Revoked on .*: Laptop stolen/)).toBeDefined();
    expect(within(row).queryByRole('button')).toBeNull();
  });
});
