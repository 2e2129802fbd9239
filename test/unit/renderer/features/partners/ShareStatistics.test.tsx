// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { platform } from '../../../../../renderer/platform';
import { appendAsUser } from '../../../../../renderer/vault/session';
import type { Session } from '../../../../../renderer/vault/session';
import { anAdmissionDraft } from '../../../../builders/custody';
import { aPartnersSession, renderPartners } from './partnersSession';

const subject = (n: number) => `019ab9f0-0000-7000-8000-${String(n).padStart(12, '0')}`;

/** Seven people admitted yesterday: six criminal remand, one convicted. */
async function admitSeven(session: Session): Promise<void> {
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (let n = 1; n <= 7; n += 1) {
    const category = n === 7 ? 'convicted' : 'criminal_remand';
    await appendAsUser(session, anAdmissionDraft({ registerNumber: { prefix: 'CRP', number: n }, admission: { at: yesterday }, arrest: { at: { value: yesterday } }, status: { legalCategory: { value: category }, legalRegime: 'criminal' } }, subject(n)));
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sharing statistics without names', () => {
  it('shows counts of five and more, "< 5" for smaller ones and their complements, and saves the same as CSV', async () => {
    const session = await aPartnersSession();
    await admitSeven(session);
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue({ ok: true, value: { status: 'saved', fileName: 'x.csv', bytesWritten: 1, sha256: '0'.repeat(64) } });
    renderPartners(session, '/share-statistics');
    const movements = await screen.findByRole('table', { name: 'Movements in the period — Central Remand Prison' });
    const cell = (row: RegExp) => within(within(movements).getByRole('row', { name: row })).getAllByRole('cell')[0]?.textContent;
    expect(cell(/^Stays in custody at some time/)).toBe('7');
    // 0 held at the start and 0 transferred in are hidden, and 7 admissions would give them back.
    expect(cell(/^Admissions/)).toBe('suppressed');
    const categories = screen.getByRole('table', { name: 'Held at the end of the period, by legal category — Central Remand Prison' });
    expect(within(within(categories).getByRole('row', { name: /^Convicted prisoner/ })).getByText('< 5')).toBeDefined();
    expect(within(within(categories).getByRole('row', { name: /^Criminal suspect on remand/ })).getByText('suppressed')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Save as a CSV file' }));
    await waitFor(() => { expect(save).toHaveBeenCalledOnce(); });
    const [bytes, fileName] = save.mock.calls[0] ?? [];
    expect(fileName).toMatch(/^habeas-statistics-CRP-01-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = new TextDecoder().decode(bytes);
    expect(csv).not.toMatch(/الحسن|Al-Hassan/);
    const values = csv.trim().split('\r\n').slice(1).map((row) => row.split(',')[7] ?? '');
    expect(values.filter((value) => /^\d+$/.test(value) && Number(value) < 5)).toEqual([]);
    expect(values).toContain('7');
  });

  it('publishes zeros when asked, which lets the admissions be shown', async () => {
    const session = await aPartnersSession();
    await admitSeven(session);
    renderPartners(session, '/share-statistics');
    const movements = await screen.findByRole('table', { name: 'Movements in the period — Central Remand Prison' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hide zero counts as well' }));
    await within(movements).findByRole('row', { name: /^Admissions 7$/ });
    expect(within(movements).getByRole('row', { name: /^Transfers in 0$/ })).toBeDefined();
  });

  it('refuses a threshold under 3 and shows no figures until it is corrected', async () => {
    const session = await aPartnersSession();
    renderPartners(session, '/share-statistics');
    const threshold = await screen.findByRole('textbox', { name: 'Smallest count shown' });
    fireEvent.change(threshold, { target: { value: '2' } });
    expect(threshold.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a whole number from 3 to 100.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Save as a CSV file' })).toBeNull();
    fireEvent.change(threshold, { target: { value: '10' } });
    expect(await screen.findByRole('button', { name: 'Save as a CSV file' })).toBeDefined();
  });

  it('uses the same period picker: a start after today is refused, and the report link carries the chosen period', async () => {
    const session = await aPartnersSession();
    renderPartners(session, '/share-statistics');
    const period = await screen.findByRole('combobox', { name: 'Period' });
    fireEvent.change(period, { target: { value: 'since' } });
    const since = screen.getByLabelText('Since');
    fireEvent.change(since, { target: { value: '2999-01-01' } });
    expect(since.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/^The start is after today \(.+\)\. Choose today or an earlier day\.$/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Save as a CSV file' })).toBeNull();
    fireEvent.change(since, { target: { value: '2026-01-01' } });
    const report = await screen.findByRole('link', { name: 'Printable report' });
    const search = new URLSearchParams(report.getAttribute('href')?.split('?')[1]);
    expect([search.get('period'), search.get('from')]).toEqual(['since', '2026-01-01']);
  });

  it('shows the screen in Arabic', async () => {
    const session = await aPartnersSession();
    renderPartners(session, '/share-statistics', 'ar');
    expect(await screen.findByRole('heading', { level: 1, name: 'مشاركة الإحصاءات دون أسماء' })).toBeDefined();
  });
});
