// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmButton } from '../../../../renderer/ui/ConfirmButton';

function renderConfirm(onConfirm: () => Promise<boolean>) {
  render(
    <ConfirmButton label="Discard" title="Discard this admission?" confirmLabel="Discard it" cancelLabel="Keep it" closeLabel="Close" onConfirm={onConfirm}>
      <p>It cannot be undone.</p>
    </ConfirmButton>,
  );
}

describe('a button that asks first', () => {
  it('does nothing until confirmed, and nothing when kept', () => {
    const onConfirm = vi.fn(() => Promise.resolve(true));
    renderConfirm(onConfirm);
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    const dialog = screen.getByRole('dialog', { name: 'Discard this admission?' });
    expect(within(dialog).getByText('It cannot be undone.')).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog', { name: 'Discard this admission?' })).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('closes once the work is done, and stays open when it was not', async () => {
    const onConfirm = vi.fn().mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    renderConfirm(onConfirm);
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    const dialog = screen.getByRole('dialog', { name: 'Discard this admission?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard it' }));
    await waitFor(() => {
      expect(within(dialog).getByRole('button', { name: 'Discard it' }).getAttribute('aria-busy')).toBeNull();
    });
    expect(screen.getByRole('dialog', { name: 'Discard this admission?' })).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard it' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Discard this admission?' })).toBeNull();
    });
    expect(onConfirm).toHaveBeenCalledTimes(2);
  });
});
