// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useIntegrityStore } from '../../../../renderer/vault/integrityStore';
import { renderApp } from '../../../support/renderApp';

describe('the frame of a signed-in session', () => {
  it('says who is signed in, with their role', async () => {
    await renderApp({ vault: { role: 'medical', name: 'Dr Leila Mansour' } });
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Dr Leila Mansour')).toBeDefined();
    expect(within(header).getByText('Medical staff')).toBeDefined();
  });

  it('locks on request: the keys are zeroed, the lock screen shown, and the page reloaded', async () => {
    const { session, afterLock } = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    await screen.findByRole('heading', { level: 1, name: 'Habeas is locked' });
    await waitFor(() => {
      expect(afterLock).toHaveBeenCalledOnce();
    });
    expect(session?.dataKey.every((byte) => byte === 0)).toBe(true);
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull();
  });

  it('switches user by locking, so the next person unlocks with their own passphrase', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Switch user' }));
    expect(await screen.findByLabelText('Passphrase')).toBeDefined();
  });

  it('keeps a banner naming the ledger and event when stored data no longer verifies', async () => {
    const { session } = await renderApp();
    useIntegrityStore.getState().fail({ ledger: session?.ledgerId ?? '', seq: 2, reason: 'page-tampered' });
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Storage altered outside the app');
    expect(banner.textContent).toContain(`${session?.ledgerId.slice(0, 4) ?? ''} `);
    expect(banner.textContent).toContain('from event 2 on');
    expect(banner.textContent).toContain('Central Remand Prison');
  });
});
