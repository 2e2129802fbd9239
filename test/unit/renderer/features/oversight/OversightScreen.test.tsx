// @vitest-environment happy-dom
/**
 * The oversight screens on a real unlocked session holding two imported facilities: the
 * overview, the lost transfer's alert and its evidence, the roll-call and its errors, and
 * the settings with their validation; and who may open them.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../../../../renderer/app/featureRegistry';
import { renderApp } from '../../../../support/renderApp';
import { importNetwork, NORTH, SOUTH } from './oversightSession';

async function renderOversight(path: string) {
  const app = await renderApp({ path, features: FEATURES });
  if (app.session === null) throw new Error('no session');
  await importNetwork(app.session);
  return app;
}

describe('the oversight screens', () => {
  it('list both imported facilities, not this installation, with their bundles unknown and a critical alert', async () => {
    await renderOversight('/oversight');
    const table = await screen.findByRole('table', { name: 'Facilities whose registers were imported' });
    await waitFor(() => {
      expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([`${NORTH} NP-DEMO`, `${SOUTH} SRC-DEMO`]);
    });
    expect(within(table).getAllByText('No bundle received')).toHaveLength(2);
    expect(screen.getByText('Critical alerts: 1')).toBeDefined();
    expect(screen.getByText(`Nothing received for longer than the limit set in Settings: ${NORTH}, ${SOUTH}. What they hold now is not known here.`)).toBeDefined();
  });

  it('shows the lost transfer first, its evidence on request, and notices only when asked', async () => {
    await renderOversight('/oversight?view=alerts');
    const alert = (await screen.findByText('Transfer never arrived')).closest('article');
    if (alert === null) throw new Error('no alert');
    expect(alert.textContent).toContain(`Transferred to ${SOUTH}, where no admission of this person was found`);
    const toggle = within(alert).getByRole('button', { name: 'Show the evidence' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const evidence = within(alert).getByRole('region', { name: 'Evidence' });
    expect(within(evidence).getByRole('heading', { name: 'Departure: Transfer out' })).toBeDefined();
    expect(within(evidence).getByRole('link', { name: /Open the detainee's page NP-\d{6}/ }).getAttribute('href')).toMatch(/^\/register\//);
    expect(evidence.textContent).toContain("No bundle in this computer's history is recorded as carrying this entry.");
    expect(screen.queryByText('Transfer to a facility whose register is not held here')).toBeNull();
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'all' } });
    expect(screen.getAllByText('Transfer to a facility whose register is not held here').length).toBeGreaterThan(0);
  });

  it('compares a roll-call, and says which line is wrong without comparing anything', async () => {
    await renderOversight('/oversight?view=roll-call');
    const list = await screen.findByRole('textbox', { name: 'People seen' });
    fireEvent.change(list, { target: { value: 'Khaled Nouri; Said; spring' } });
    fireEvent.click(screen.getByRole('button', { name: 'Compare with the register' }));
    expect(screen.getByRole('alert').textContent).toContain('Line 1: the birth is not a year or a date. Write it as 1990 or 1990-04-12.');
    expect(list.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('table', { name: 'People seen but not registered as held' })).toBeNull();
    fireEvent.change(list, { target: { value: 'Khaled Nouri; Said; 1995' } });
    fireEvent.click(screen.getByRole('button', { name: 'Compare with the register' }));
    const seen = screen.getByRole('table', { name: 'People seen but not registered as held' });
    expect(within(seen).getByRole('rowheader').textContent).toContain('Khaled Nouri');
    expect(within(screen.getByRole('table', { name: 'People registered as held but not seen' })).getAllByRole('rowheader').length).toBeGreaterThan(0);
  });

  it('refuses settings out of range, saves valid ones, and the alerts follow them', async () => {
    await renderOversight('/oversight?view=settings');
    const windowField = await screen.findByLabelText('Transfer window (hours)');
    fireEvent.change(windowField, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the settings' }));
    await waitFor(() => {
      expect(windowField.getAttribute('aria-invalid')).toBe('true');
    });
    expect(screen.getByText('Enter a whole number from 1 to 720.')).toBeDefined();
    fireEvent.change(windowField, { target: { value: '٩٦' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the settings' }));
    await screen.findByText('Settings saved.');
    await waitFor(() => {
      expect(screen.getByLabelText<HTMLInputElement>('Transfer window (hours)').value).toBe('96');
    });
  });

  it('is not offered to a registrar', async () => {
    await renderApp({ path: '/oversight', vault: { role: 'registrar' } });
    expect(await screen.findByRole('heading', { level: 1 })).toBeDefined();
    expect(screen.queryByRole('link', { name: 'Oversight' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Facilities whose registers were imported' })).toBeNull();
  });
});
