// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActionsHomePanel, actionsFeature } from '../../../../../renderer/features/inspections';
import { openAction } from '../../../../../renderer/features/inspections/commands';
import type { Session } from '../../../../../renderer/vault/session';
import { anInspectionSession, renderInSession } from './inspectionSession';

async function anOverdueAction(session: Session): Promise<string> {
  return openAction(session, {
    facility: { code: 'CRP-01', name: 'Central Remand Prison' },
    source: { inspectionId: '0190b6a0-0000-7000-8000-0000000000d1', itemId: 'water.storage_clean' },
    what: 'Provide lids for every barrel.',
    owner: 'Facility director',
    dueDate: '2020-01-31',
    priority: 'high',
  });
}

describe('corrective actions', () => {
  it('lists an overdue action first, and closes it only with a verification note', async () => {
    const session = await anInspectionSession();
    await anOverdueAction(session);
    renderInSession(session, <actionsFeature.Screen />, '/actions');
    const overdue = await screen.findByRole('table', { name: 'Overdue actions: 1' });
    expect(within(overdue).getByText('Overdue')).toBeDefined();
    expect(within(overdue).getByText('water.storage_clean')).toBeDefined();
    fireEvent.click(within(overdue).getByRole('button', { name: 'Mark as done' }));
    const dialog = screen.getByRole('dialog', { name: 'Mark the action as done' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close the action' }));
    const note = within(dialog).getByRole('textbox', { name: 'How it was verified' });
    expect(note.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(note, { target: { value: 'Seen on site: every barrel capped.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close the action' }));
    await screen.findByRole('table', { name: 'Overdue actions: 0' });
  });

  it('shows counts per facility on the overview for roles that follow actions, and nothing to others', async () => {
    const supervisor = await anInspectionSession();
    await anOverdueAction(supervisor);
    const { unmount } = renderInSession(supervisor, <ActionsHomePanel />);
    const table = await screen.findByRole('table', { name: 'Corrective actions by facility' });
    expect(within(table).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '1', '0']);
    unmount();
    const registrar = await anInspectionSession('registrar', 'u-registrar');
    renderInSession(registrar, <ActionsHomePanel />);
    expect(screen.queryByRole('heading', { name: 'Corrective actions' })).toBeNull();
  });
});
