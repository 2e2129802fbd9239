// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyInBackground } from '../../../../../renderer/vault/verification';
import { renderApp } from '../../../../support/renderApp';

function rows(): HTMLElement[] {
  return within(screen.getByRole('region', { name: 'Events' })).getAllByRole('listitem');
}

// happy-dom does no layout: give the list's scrolling region the size a window would, so the virtualiser renders rows.
const LAYOUT = { clientWidth: 960, clientHeight: 640 } as const;
const originals = new Map<string, PropertyDescriptor | undefined>();

beforeEach(() => {
  for (const [name, size] of Object.entries(LAYOUT)) {
    originals.set(name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name));
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('audit-scroll') ? size : 0;
      },
    });
  }
});

afterEach(() => {
  for (const [name, descriptor] of originals) {
    if (descriptor === undefined) Reflect.deleteProperty(HTMLElement.prototype, name);
    else Object.defineProperty(HTMLElement.prototype, name, descriptor);
  }
});

describe('the audit trail', () => {
  it('shows every event newest first: who, when, what changed and the chain status', async () => {
    const { session } = await renderApp({ path: '/audit', vault: { role: 'supervisor', name: 'Karim Benali' } });
    if (session === null) throw new Error('no session');
    await verifyInBackground(session);
    expect(screen.getByText('3 events shown of 3.')).toBeDefined();
    const [newest, , oldest] = rows();
    expect(newest?.getAttribute('aria-posinset')).toBe('1');
    expect(newest?.getAttribute('aria-setsize')).toBe('3');
    expect(newest?.textContent).toContain('User added');
    expect(newest?.textContent).toContain('Amina Haddad');
    expect(oldest?.textContent).toContain('Register created');
    await waitFor(() => {
      expect(newest?.textContent).toContain('Karim Benali, Supervisor');
      expect(oldest?.textContent).toContain('Chain verified');
    });
    expect(newest?.querySelector('time')?.getAttribute('datetime')).toMatch(/Z$/);
  });

  it('narrows by type and by subject, and says when nothing matches', async () => {
    await renderApp({ path: '/audit' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Type of event' }), { target: { value: 'ledger.created' } });
    await screen.findByText('1 event shown of 2.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    await screen.findByText('2 events shown of 2.');
    const [newest] = rows();
    fireEvent.click(within(newest ?? document.body).getByRole('button', { name: /^Show only events about/ }));
    await screen.findByText('1 event shown of 2.');
    fireEvent.change(screen.getByLabelText('Recorded until'), { target: { value: '2001-01-01' } });
    expect(await screen.findByText('No event matches these filters.')).toBeDefined();
  });

  it('is not offered to medical staff', async () => {
    await renderApp({ path: '/audit', vault: { role: 'medical' } });
    expect(screen.getByRole('heading', { level: 1, name: 'Not available for your role' })).toBeDefined();
  });
});
