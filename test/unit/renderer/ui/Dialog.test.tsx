// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog } from '../../../../renderer/ui/Dialog';
import { TextField } from '../../../../renderer/ui/TextField';

function DialogHarness() {
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setIsOpen(true);
        }}
      >
        Void entry
      </button>
      <Dialog isOpen={isOpen} title="Void this entry?" closeLabel="Close" onClose={() => {
          setIsOpen(false);
        }}
      >
        <TextField label="Reason" value={reason} onValueChange={setReason} />
      </Dialog>
    </>
  );
}

function openDialog(): HTMLElement {
  const opener = screen.getByRole('button', { name: 'Void entry' });
  opener.focus();
  fireEvent.click(opener);
  return opener;
}

describe('Dialog', () => {
  it('opens modal, named by its title, with focus on its first field', () => {
    render(<DialogHarness />);
    openDialog();
    const dialog = screen.getByRole('dialog', { name: 'Void this entry?' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Reason' }));
  });

  it('closes on Escape and gives focus back to the button that opened it', () => {
    render(<DialogHarness />);
    const opener = openDialog();
    const dialog = screen.getByRole<HTMLDialogElement>('dialog', { name: 'Void this entry?' });
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('closes from its labelled close button', () => {
    render(<DialogHarness />);
    openDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('textbox', { name: 'Reason' })).toBeNull();
  });
});
