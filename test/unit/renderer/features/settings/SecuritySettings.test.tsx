// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../support/renderApp';

describe('the automatic lock setting', () => {
  it('takes whole minutes from 1 to 120, in any digits, and stores them', async () => {
    const { db } = await renderApp({ path: '/settings' });
    const section = screen.getByRole('region', { name: 'Automatic lock' });
    const field = within(section).getByLabelText<HTMLInputElement>('Lock after this many minutes without use');
    await waitFor(() => {
      expect(field.value).toBe('10');
    });
    fireEvent.change(field, { target: { value: '0' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save' }));
    expect(within(section).getByText('Enter a whole number of minutes from 1 to 120.')).toBeDefined();
    fireEvent.change(field, { target: { value: '٢٥' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      expect(await db.settings.get('autoLockMinutes')).toEqual({ key: 'autoLockMinutes', value: '25' });
    });
  });

  it('is shown but not changeable by other roles', async () => {
    await renderApp({ path: '/settings', vault: { role: 'registrar' } });
    const section = screen.getByRole('region', { name: 'Automatic lock' });
    expect(await within(section).findByText(/locks itself after 10 minutes without use/)).toBeDefined();
    expect(within(section).queryByRole('textbox')).toBeNull();
  });
});

describe('verify and rebuild', () => {
  it('re-verifies every stored event and rebuilds the views, with progress', async () => {
    await renderApp({ path: '/settings' });
    const section = screen.getByRole('region', { name: 'Verify and rebuild' });
    fireEvent.click(within(section).getByRole('button', { name: 'Verify and rebuild' }));
    expect(await within(section).findByText('All 2 events verified; every view was rebuilt from them.')).toBeDefined();
  });

  it('is offered only to roles that may verify', async () => {
    await renderApp({ path: '/settings', vault: { role: 'registrar' } });
    expect(screen.queryByRole('region', { name: 'Verify and rebuild' })).toBeNull();
  });
});
