// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admitDetainee, recordCustodyEvent } from '../../../../../renderer/custody';
import type { AdmissionInput } from '../../../../../renderer/custody';
import { populationFeature } from '../../../../../renderer/features/population';
import type { Session } from '../../../../../renderer/vault/session';
import type { AdmissionPayload } from '@shared/custody/events/admission';
import { periodBounds, todayIn } from '@shared/sharing/period';
import { anAdmissionPayload } from '../../../../builders/custody';
import { renderApp } from '../../../../support/renderApp';
import { SAMPLE_PAYLOADS } from '../../../shared/custody/samplePayloads';

const FACILITY = { officialCapacity: 2, timeZone: 'Asia/Baghdad', registerPrefix: 'CRP' };

/**
 * An admission an hour ago, or at the facility's midnight if that came later: the per-day
 * table counts by the facility's day, which may have turned less than an hour ago.
 */
function admissionTimeMs(): number {
  const nowMs = Date.now();
  const { startMs } = periodBounds({ from: todayIn(nowMs, FACILITY.timeZone), to: todayIn(nowMs, FACILITY.timeZone) }, FACILITY.timeZone);
  return Math.max(nowMs - 3_600_000, startMs);
}

/** An admission today (admissionTimeMs): criminal remand, unless `girl`, a 14-year-old civilian internee. */
function anAdmission(girl = false): AdmissionInput {
  const atMs = admissionTimeMs();
  const at = new Date(atMs).toISOString();
  const arrested = { value: new Date(atMs - 3_600_000).toISOString() };
  const payload: Partial<AdmissionPayload> = anAdmissionPayload({
    admission: { at, rightsInformation: { unknown: 'unknown' } },
    arrest: { at: arrested, reasonsToldAt: arrested },
    ...(girl
      ? {
          identity: { sex: { value: 'female' }, genderIdentity: { value: 'woman' }, dateOfBirth: { value: '2012-03-01' } },
          status: { legalCategory: { value: 'civilian_internee' }, legalRegime: 'iac' },
        }
      : {}),
  });
  // The register number is the command's to assign.
  delete payload.registerNumber;
  return payload as AdmissionInput;
}

async function admit(session: Session, girl = false): Promise<string> {
  const result = await admitDetainee(session, anAdmission(girl));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.recordId;
}

function figure(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.parentElement?.querySelector('.population-figure-value')?.textContent ?? '';
}

describe('the population screen', () => {
  it('counts who is held, by category, against capacity, and warns when over it', async () => {
    const { session } = await renderApp({ path: '/population', features: [populationFeature], vault: { facility: FACILITY } });
    if (session === null) throw new Error('no session');
    await screen.findByRole('heading', { level: 1, name: 'Population and statistics' });
    expect(figure('People held')).toBe('0');
    expect(screen.queryByRole('alert')).toBeNull();
    await admit(session);
    await admit(session);
    const released = await admit(session, true);
    await waitFor(() => {
      expect(figure('People held')).toBe('3');
    });
    expect(figure('Children')).toBe('1');
    expect(screen.getByRole('alert').textContent).toContain('The facility holds 1 person more than its official capacity.');
    const categories = screen.getByRole('table', { name: 'People held now, by legal category, in figures' });
    expect(within(categories).getByRole('row', { name: /Criminal suspect on remand 2/ })).toBeDefined();
    await recordCustodyEvent(session, { type: 'custody.released', recordId: released, occurredAt: new Date().toISOString(), payload: { ...SAMPLE_PAYLOADS['custody.released'], familyInformedAt: { unknown: 'unknown' } } });
    await waitFor(() => {
      expect(figure('People held')).toBe('2');
    });
    expect(screen.getByText('2 held for an official capacity of 2: 100%')).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
    const days = screen.getByRole('table', { name: 'Movements and people held per day, in figures' });
    const today = within(days).getAllByRole('row')[1];
    expect(within(today ?? days).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '0', '1', '0', '0', '0', '2']);
    const statuses = screen.getByRole('table', { name: 'Every entry in the register, by where the person stands now' });
    expect(within(statuses).getByRole('row', { name: 'Released 1' })).toBeDefined();
  });

  it('says when no capacity is declared, and refuses a period that ends before it starts', async () => {
    await renderApp({ path: '/population', features: [populationFeature], vault: { facility: { ...FACILITY, officialCapacity: 0 } } });
    await screen.findByText(/declares no official capacity/);
    const days = () => within(screen.getByRole('table', { name: 'Movements and people held per day, in figures' })).getAllByRole('row').length - 1;
    expect(days()).toBe(30);
    fireEvent.click(screen.getByRole('button', { name: 'Last 7 days' }));
    expect(days()).toBe(7);
    const from = screen.getByLabelText('From');
    fireEvent.change(from, { target: { value: '2030-01-01' } });
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The first day is after the last day. Choose a first day on or before the last day.')).toBeDefined();
    expect(screen.getByText(/still those of the last valid period/)).toBeDefined();
    expect(days()).toBe(7);
  });

  it('reads in Arabic', async () => {
    await renderApp({ path: '/population', features: [populationFeature], preferences: { language: 'ar', numbering: 'auto' }, vault: { facility: FACILITY } });
    await screen.findByRole('heading', { level: 1, name: 'عدد المحتجزين والإحصاءات' });
    expect(screen.getByRole('heading', { level: 2, name: 'مدة البقاء' })).toBeDefined();
    expect(screen.getByRole('table', { name: 'مدة البقاء حسب الشريحة، بالأرقام' })).toBeDefined();
  });
});
