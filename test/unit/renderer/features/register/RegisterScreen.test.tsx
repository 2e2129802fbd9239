// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdmissionPayload } from '@shared/custody/events/admission';
import { admitDetainee } from '../../../../../renderer/custody';
import type { AdmissionInput } from '../../../../../renderer/custody';
import { COLUMN_SETTING_KEY } from '../../../../../renderer/features/register/columns';
import type { Session } from '../../../../../renderer/vault/session';
import { appendAsUser } from '../../../../../renderer/vault/session';
import { anAdmissionDraft, anAdmissionPayload } from '../../../../builders/custody';
import { renderApp } from '../../../../support/renderApp';

// happy-dom does no layout: give the list's scrolling region the size a window would, so the virtualiser renders rows.
const LAYOUT = { clientWidth: 1200, clientHeight: 640 } as const;
const originals = new Map<string, PropertyDescriptor | undefined>();

beforeEach(() => {
  for (const [name, size] of Object.entries(LAYOUT)) {
    originals.set(name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name));
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('register-scroll') ? size : 0;
      },
    });
  }
});

afterEach(() => {
  for (const [name, descriptor] of originals) {
    if (descriptor === undefined) Reflect.deleteProperty(HTMLElement.prototype, name);
    else Object.defineProperty(HTMLElement.prototype, name, descriptor);
  }
});

/** The payload as the form gives it: the register number is assigned by admitDetainee. */
function withoutNumber(payload: AdmissionPayload): AdmissionInput {
  return Object.fromEntries(Object.entries(payload).filter(([key]) => key !== 'registerNumber')) as AdmissionInput;
}

async function admit(session: Session, given: string, family: string, category: 'criminal_remand' | 'convicted'): Promise<void> {
  const admitted = await admitDetainee(
    session,
    withoutNumber(anAdmissionPayload({ identity: { givenNames: { value: given }, familyName: { value: family }, givenNamesLatin: { unknown: 'unknown' }, familyNameLatin: { unknown: 'unknown' }, aliases: { value: [] } }, status: { legalCategory: { value: category }, legalRegime: 'criminal' } })),
  );
  if (!admitted.ok) throw new Error(`admission refused: ${JSON.stringify(admitted.error)}`);
}

function entries(): HTMLElement {
  return screen.getByRole('table', { name: /^Register entries/ });
}

function numbersShown(): string[] {
  return within(entries()).queryAllByRole('rowheader').map((cell) => cell.textContent);
}

async function aRegister(role: 'administrator' | 'medical' = 'administrator') {
  const app = await renderApp({ path: '/register', vault: role === 'administrator' ? {} : { role } });
  const { session } = app;
  if (session === null) throw new Error('no session');
  const admin = role === 'administrator' ? session : null;
  if (admin !== null) {
    await act(async () => {
      await admit(admin, 'محمد', 'الحسن', 'criminal_remand');
      await admit(admin, 'Karim', 'Benali', 'convicted');
      await admit(admin, 'Awa', 'Traoré', 'criminal_remand');
    });
  }
  return app;
}

describe('the register list', () => {
  it('lists the entries newest first and finds an Arabic name typed in Latin letters', async () => {
    await aRegister();
    await waitFor(() => {
      expect(numbersShown()).toEqual(['CRP-000003', 'CRP-000002', 'CRP-000001']);
    });
    expect(screen.getByText('3 entries shown of 3.')).toBeDefined();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search by name, register number or document number' }), { target: { value: 'Mohammed' } });
    await waitFor(() => {
      expect(numbersShown()).toEqual(['CRP-000001']);
    });
    expect(within(entries()).getByText('محمد الحسن')).toBeDefined();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search by name, register number or document number' }), { target: { value: 'Zzyzx' } });
    expect(await screen.findByText('No entry matches. Check the spelling, try another script, or clear the filters.')).toBeDefined();
  });

  it('sorts by a column header, saying so through aria-sort, and filters by category', async () => {
    await aRegister();
    await waitFor(() => {
      expect(numbersShown()).toHaveLength(3);
    });
    const header = within(entries()).getByRole('columnheader', { name: /^Register number/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(header).getByRole('button'));
    await waitFor(() => {
      expect(numbersShown()).toEqual(['CRP-000001', 'CRP-000002', 'CRP-000003']);
    });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.change(screen.getByRole('combobox', { name: 'Legal category' }), { target: { value: 'convicted' } });
    await waitFor(() => {
      expect(numbersShown()).toEqual(['CRP-000002']);
    });
    expect(screen.getByText('1 entry shown of 3.')).toBeDefined();
  });

  it('remembers the columns chosen in the settings table, by name only', async () => {
    const { db } = await aRegister();
    await waitFor(() => {
      expect(numbersShown()).toHaveLength(3);
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Where' }));
    await waitFor(async () => {
      expect((await db.settings.get(COLUMN_SETTING_KEY))?.value).toBe('registerNumber,names,status,safeguards,legalCategory,admitted,daysInCustody,gaps');
    });
    expect(within(entries()).queryByRole('columnheader', { name: /^Where/ })).toBeNull();
    expect(within(entries()).getByRole('columnheader', { name: /^Missing fields/ })).toBeDefined();
  });

  it('offers "Admit a person" only to roles that may admit', async () => {
    await aRegister();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Admit a person' }).getAttribute('href')).toBe('/register/admit');
  });

  it('shows medical staff the register without the admission link', async () => {
    await aRegister('medical');
    expect(await screen.findByText('The register has no entries yet.')).toBeDefined();
    expect(within(screen.getByRole('main')).queryByRole('link', { name: 'Admit a person' })).toBeNull();
  });

  it('says which register numbers are missing from a series, which must be explained', async () => {
    const { session } = await aRegister('medical');
    if (session === null) throw new Error('no session');
    // Written past the admission command, as a damaged series could arrive in an imported bundle.
    await act(async () => {
      await appendAsUser(session, anAdmissionDraft({ registerNumber: { prefix: 'CRP', number: 1 } }, '019ab9f0-0000-7000-8000-000000000011'));
      await appendAsUser(session, anAdmissionDraft({ registerNumber: { prefix: 'CRP', number: 4 } }, '019ab9f0-0000-7000-8000-000000000014'));
      await appendAsUser(session, anAdmissionDraft({ registerNumber: { prefix: 'CRP', number: 4 } }, '019ab9f0-0000-7000-8000-000000000015'));
    });
    const notice = await screen.findByRole('alert');
    expect(within(notice).getByText('Register numbers to explain in series CRP (Central Remand Prison)')).toBeDefined();
    expect(within(notice).getByText('2 numbers are missing: 2–3.')).toBeDefined();
    expect(within(notice).getByText('1 number was given twice: 4.')).toBeDefined();
  });
});
