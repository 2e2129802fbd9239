// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admitDetainee } from '../../../../../renderer/custody';
import type { AdmissionInput } from '../../../../../renderer/custody';
import { monitoringFeature } from '../../../../../renderer/features/monitoring';
import type { Session } from '../../../../../renderer/vault/session';
import type { AdmissionPayload } from '@shared/custody/events/admission';
import { addCalendarDays, todayIn } from '@shared/sharing/period';
import { anAdmissionPayload } from '../../../../builders/custody';
import { renderApp } from '../../../../support/renderApp';

const FACILITY = { timeZone: 'UTC', registerPrefix: 'CRP' };

async function admitToday(session: Session, count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const payload: Partial<AdmissionPayload> = anAdmissionPayload({ admission: { at, rightsInformation: { unknown: 'unknown' } } });
    // The register number is the command's to assign.
    delete payload.registerNumber;
    const result = await admitDetainee(session, payload as AdmissionInput);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  }
}

function setDate(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('the monitoring screen', () => {
  it('compares two periods chosen by date, says too few rather than a trend, and refuses dates in the wrong order', async () => {
    const { session } = await renderApp({ path: '/monitoring', features: [monitoringFeature], vault: { facility: FACILITY } });
    if (session === null) throw new Error('no session');
    await screen.findByRole('heading', { level: 1, name: 'Monitoring and evaluation' });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Facility or partner' }).selectedOptions[0]?.textContent).toBe('Facility: Central Remand Prison');
    await admitToday(session, 6);
    fireEvent.click(screen.getByRole('radio', { name: 'Dates of my choice' }));
    const today = todayIn(Date.now(), 'UTC');
    setDate('Baseline (A): first day', '2020-01-01');
    setDate('Baseline (A): last day', '2020-03-31');
    setDate('Comparison (B): first day', addCalendarDays(today, -30));
    setDate('Comparison (B): last day', today);
    const table = await screen.findByRole('table', { name: 'Indicators in the baseline (A) and the comparison period (B)' });
    const registered = await within(table).findByRole('row', { name: /^Registered without delay/ });
    expect(within(registered).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['nobody assessed', '100% (6 of 6)', 'Too few to compare']);
    const open = within(table).getByRole('row', { name: /^Corrective actions open at the end/ });
    expect(within(open).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0', '0', '= About the same']);
    const summary = screen.getByRole('list', { name: 'What changed' });
    const tooFew = within(summary).getAllByRole('listitem').at(-1);
    expect(tooFew?.textContent).toMatch(/^Too few to compare Too few people assessed to compare, at least 5 needed in each period: .*Registered without delay \(0 and 6\)/);

    setDate('Comparison (B): last day', addCalendarDays(today, -40));
    const last = screen.getByLabelText('Comparison (B): last day');
    expect(last.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The last day comes before the first day. Choose a last day on or after the first.')).toBeDefined();
    expect(screen.queryByRole('table', { name: 'Indicators in the baseline (A) and the comparison period (B)' })).toBeNull();
  });

  it('asks for the day support began when no decision suggests one, and keeps it', async () => {
    await renderApp({ path: '/monitoring', features: [monitoringFeature], vault: { facility: FACILITY } });
    await screen.findByRole('heading', { level: 1, name: 'Monitoring and evaluation' });
    expect(screen.getByText(/^Baseline \(A\): .* Comparison \(B\): /)).toBeDefined();
    fireEvent.click(screen.getByRole('radio', { name: 'Since support began' }));
    expect(screen.getByText('Enter the day support began to see this comparison.')).toBeDefined();
    expect(screen.getByText(/This facility is linked to no partner/)).toBeDefined();
    expect(screen.queryByRole('list', { name: 'What changed' })).toBeNull();
    const today = todayIn(Date.now(), 'UTC');
    setDate('Support began on', addCalendarDays(today, 1));
    expect(screen.getByText('Support cannot begin after today. Choose today or an earlier day.')).toBeDefined();
    setDate('Support began on', addCalendarDays(today, -9));
    await screen.findByRole('list', { name: 'What changed' });
    expect(screen.getByRole('table', { name: 'Indicators in the baseline (A) and the comparison period (B)' })).toBeDefined();
    fireEvent.click(screen.getByRole('radio', { name: 'Last quarter against the quarter before' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Since support began' }));
    expect(screen.getByLabelText<HTMLInputElement>('Support began on').value).toBe(addCalendarDays(today, -9));
    // Nobody was admitted: no safeguard chart, and the other two charts with their tables.
    expect(screen.getByText('Nobody admitted in these months was assessed for any safeguard.')).toBeDefined();
    expect(screen.getAllByRole('figure')).toHaveLength(2);
  });
});
