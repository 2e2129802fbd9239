// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usersOf } from '../../../../../renderer/ledger';
import type { UsersState } from '../../../../../renderer/ledger';
import { newUserWrap, storeUserWrap } from '../../../../../renderer/vault/userWraps';
import { userWrapId } from '../../../../../renderer/vault/vaultRows';
import { renderApp } from '../../../../support/renderApp';

function fill(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr');
  if (row === null) throw new Error(`no row for ${name}`);
  return row;
}

describe('the users screen', () => {
  it('adds a user with their own passphrase, recorded by the administrator', async () => {
    const { db } = await renderApp({ path: '/users' });
    fireEvent.click(screen.getByRole('button', { name: 'Add the user' }));
    expect(await screen.findByText("Enter the person's full name.")).toBeDefined();
    fill('Full name', 'Karim Benali');
    fireEvent.change(screen.getByRole('combobox', { name: 'Role' }), { target: { value: 'supervisor' } });
    fill('Their passphrase', 'green field quiet morning');
    fill('Type the passphrase again', 'green field quiet morning');
    fireEvent.click(screen.getByRole('button', { name: 'Add the user' }));
    const row = await screen.findByRole('rowheader', { name: 'Karim Benali' }, { timeout: 10_000 });
    expect(within(row.closest('tr') ?? row).getByText('Supervisor')).toBeDefined();
    expect(await db.vault.where('id').startsWith('wrap:user:').count()).toBe(1);
    expect(screen.getByLabelText<HTMLInputElement>('Full name').value).toBe('');
  }, 20_000);

  it('never removes the last administrator', async () => {
    await renderApp({ path: '/users' });
    fireEvent.click(within(rowOf('Amina Haddad')).getByRole('button', { name: 'Remove Amina Haddad' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Amina Haddad?' });
    expect(within(dialog).getByText('This is the last administrator. Make another user an administrator first.')).toBeDefined();
    expect(within(dialog).queryByRole('button', { name: 'Remove access' })).toBeNull();
  });

  it('removes another user with a reason, keeps them listed, and deletes only their wrap', async () => {
    const { session, db } = await renderApp({ path: '/users', vault: { role: 'administrator', name: 'Second Admin' } });
    if (session === null) throw new Error('no session');
    const amina = usersOf(session.ledger.current().states.users as UsersState, session.ledgerId).find((user) => user.name === 'Amina Haddad');
    for (const userId of [amina?.userId ?? '', session.user.id]) {
      await storeUserWrap(db, await newUserWrap(db, session.dataKey, userId, 'a passphrase for this test'));
    }
    fireEvent.click(within(rowOf('Amina Haddad')).getByRole('button', { name: 'Remove Amina Haddad' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Amina Haddad?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove access' }));
    expect(within(dialog).getByText('Give the reason for removing this person.')).toBeDefined();
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Transferred to Sfax' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove access' }));
    await waitFor(() => {
      expect(within(rowOf('Amina Haddad')).getByText('Access withdrawn')).toBeDefined();
    });
    expect(await db.vault.get(userWrapId(amina?.userId ?? ''))).toBeUndefined();
    expect(await db.vault.get(userWrapId(session.user.id))).toBeDefined();
  }, 20_000);

  it('is neither offered nor reachable for other roles', async () => {
    await renderApp({ path: '/users', vault: { role: 'registrar' } });
    expect(screen.getByRole('heading', { level: 1, name: 'Not available for your role' })).toBeDefined();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Users' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Audit trail' })).toBeDefined();
  });
});
