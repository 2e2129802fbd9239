// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeatureDefinition } from '../../../../renderer/app/feature';
import { FEATURES } from '../../../../renderer/app/featureRegistry';
import { draftFormId } from '../../../../renderer/stores/draftsStore';
import { useDraftField } from '../../../../renderer/stores/useDraftField';
import { TextField } from '../../../../renderer/ui/TextField';
import { renderApp } from '../../../support/renderApp';

const TYPED = 'Detained at 14:00 by the gendarmerie; complains of a hurt wrist.';
const fault = { isArmed: true };

/** A form that breaks once the user has typed something, as a buggy screen would. */
function FragileForm() {
  const [note, setNote] = useDraftField(draftFormId('fragile', 'admission'), 'note');
  if (fault.isArmed && note !== '') throw new Error('render failed after input');
  return <TextField label="Note" value={note} onValueChange={setNote} />;
}

const fragileFeature: FeatureDefinition = { id: 'fragile', path: 'fragile', navLabelKey: 'notFound.title', Screen: FragileForm };

function stubClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

async function crashAfterTyping(): Promise<void> {
  await renderApp({ path: '/fragile', features: [...FEATURES, fragileFeature] });
  fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), { target: { value: TYPED } });
  await screen.findByRole('heading', { level: 1, name: 'This screen stopped working' });
}

describe('a screen that crashes after input', () => {
  beforeEach(() => {
    fault.isArmed = true;
    // React reports every caught render error on the console; here the errors are the point.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('explains what happened, keeps the frame, and shows the unsaved text', async () => {
    await crashAfterTyping();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeDefined();
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Your unsaved text' }).value).toBe(TYPED);
    expect(screen.getByText('Error: render failed after input')).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('copies the unsaved text to the clipboard', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    await crashAfterTyping();
    fireEvent.click(screen.getByRole('button', { name: 'Copy unsaved text' }));
    await screen.findByText('Unsaved text copied.');
    expect(writeText).toHaveBeenCalledWith(TYPED);
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    stubClipboard(() => Promise.reject(new Error('denied')));
    await crashAfterTyping();
    fireEvent.click(screen.getByRole('button', { name: 'Copy unsaved text' }));
    await waitFor(() => {
      expect(screen.getByRole('status').textContent).toContain('Ctrl+C');
    });
  });

  it('tries again with the typed text restored', async () => {
    await crashAfterTyping();
    fault.isArmed = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => {
      expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Note' }).value).toBe(TYPED);
    });
  });
});
