// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recordsOf } from '../../../../../renderer/custody';
import { custodyProjection } from '../../../../../renderer/custody/projection';
import { admitFromDraft, saveDraft } from '../../../../../renderer/features/admission/commands';
import { admissionDraftRows } from '../../../../../renderer/features/admission/draftStorage';
import { projectionState } from '../../../../../renderer/vault/session';
import type { Session } from '../../../../../renderer/vault/session';
import { anAdmissionSession, formReady, renderAdmission } from './admissionSession';
import { aCompleteDraft, aNewDraft, typed, ZONE } from './draftBuilders';

function recordsIn(session: Session) {
  return recordsOf(projectionState(session.ledger.current().states, custodyProjection));
}

function openStep(name: RegExp): void {
  fireEvent.click(within(screen.getByRole('navigation', { name: 'Sections of the admission' })).getByRole('button', { name }));
}

describe('admitting a person', () => {
  it('admits a complete draft, shows the register number assigned, removes the draft and opens the record', async () => {
    const session = await anAdmissionSession();
    await saveDraft(session, { ...aCompleteDraft(), step: 'review' });
    const { router } = renderAdmission(session);
    await screen.findByText('Unfinished admission restored');
    expect(screen.getByText('CRP-000001')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Admit and assign the register number' }));
    const dialog = await screen.findByRole('dialog', { name: 'Person admitted' });
    expect(within(dialog).getByText('CRP-000001')).toBeDefined();
    expect(within(dialog).getByText('محمد الحسن')).toBeDefined();
    const [record] = recordsIn(session);
    expect(record?.registerLabel).toBe('CRP-000001');
    expect(record?.gaps).toEqual([]);
    expect((await admissionDraftRows.read(session)).kind).toBe('none');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open the record' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe(`/register/${record?.id ?? ''}`);
    });
  });

  it('admits an urgent, incomplete admission and says which gaps stay on the record', async () => {
    const session = await anAdmissionSession();
    await saveDraft(session, typed({ ...aNewDraft(), step: 'review' }, { 'identity.givenNames': 'Amal' }));
    renderAdmission(session);
    await formReady();
    const gaps = screen.getByRole('region', { name: /required fields will be recorded as gaps$/ });
    expect(within(gaps).getByRole('button', { name: 'Family name (original script)' })).toBeDefined();
    expect(within(gaps).queryByRole('button', { name: 'Given names (original script)' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Admit and assign the register number' }));
    const dialog = await screen.findByRole('dialog', { name: 'Person admitted' });
    const [record] = recordsIn(session);
    expect(record?.gaps).toContain('identity.familyName');
    expect(within(dialog).getByText(`${String(record?.gaps.length)} required fields are still gaps. Complete them on the record.`)).toBeDefined();
  });

  it('writes nothing when the birth is after the arrest, and takes focus to the birth date', async () => {
    const session = await anAdmissionSession();
    const bad = typed({ ...aCompleteDraft(), step: 'review' }, { 'identity.dateOfBirth.year': '2025', 'identity.dateOfBirth.month': '3', 'identity.dateOfBirth.day': '1' });
    await saveDraft(session, bad);
    renderAdmission(session);
    await formReady();
    const problems = screen.getByRole('alert');
    expect(within(problems).getByRole('button', { name: /^Date of birth: The date of birth is after the arrest/ })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Admit and assign the register number' }));
    await screen.findByRole('heading', { level: 2, name: 'Identity' });
    await waitFor(() => {
      expect(document.activeElement?.id).toBe('field-identity.dateOfBirth');
    });
    expect(document.activeElement?.getAttribute('aria-invalid')).toBe('true');
    expect(recordsIn(session)).toEqual([]);
    expect((await admissionDraftRows.read(session)).kind).toBe('draft');
  });

  it('shows the child flag live as the estimated age is typed, with the Havana Rules duties', async () => {
    const session = await anAdmissionSession();
    renderAdmission(session);
    await formReady();
    expect(screen.getByText('Age unknown')).toBeDefined();
    fireEvent.change(screen.getByRole('textbox', { name: 'Estimated age in years' }), { target: { value: '16' } });
    expect(await screen.findByText('Child (under 18 at arrest)')).toBeDefined();
    expect(screen.getByText(/Inform the parents or guardian of the admission without delay/)).toBeDefined();
  });

  it('asks rank and service number only once the category is prisoner of war', async () => {
    const session = await anAdmissionSession();
    renderAdmission(session);
    await formReady();
    openStep(/^Legal category and regime/);
    expect(screen.queryByRole('textbox', { name: 'Service number' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Legal category' }), { target: { value: 'pow' } });
    expect(await screen.findByRole('textbox', { name: 'Service number' })).toBeDefined();
    expect(screen.getByRole('group', { name: 'Prisoner of war' })).toBeDefined();
  });

  it('adds and removes rows by buttons that name them, moving focus sensibly', async () => {
    const session = await anAdmissionSession();
    renderAdmission(session);
    await formReady();
    openStep(/^Property/);
    fireEvent.click(screen.getByRole('button', { name: 'Add an item' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add an item' }));
    await waitFor(() => {
      expect(document.activeElement?.id).toBe('field-property.inventory.1.description');
    });
    expect(screen.getByRole('group', { name: 'Item 2' })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Remove item 1' }));
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add an item' }));
    });
    expect(screen.queryByRole('group', { name: 'Item 2' })).toBeNull();
  });

  it('never admits on Enter: the form has no submit button', async () => {
    const session = await anAdmissionSession();
    const { container } = renderAdmission(session);
    await formReady();
    const name = screen.getByRole('textbox', { name: 'Family name (original script)' });
    fireEvent.change(name, { target: { value: 'Haddad' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    expect(container.querySelectorAll('form, button[type="submit"]')).toHaveLength(0);
    expect(recordsIn(session)).toEqual([]);
  });
});

describe('the admission draft', () => {
  it('is sealed shortly after typing, and comes back after a reload with what was typed', async () => {
    const session = await anAdmissionSession();
    const first = renderAdmission(session);
    await formReady();
    fireEvent.change(screen.getByRole('textbox', { name: 'Family name (original script)' }), { target: { value: 'الحسن' } });
    await waitFor(async () => {
      const stored = await admissionDraftRows.read(session);
      expect(stored.kind === 'draft' ? stored.draft.values['identity.familyName'] : undefined).toBe('الحسن');
    }, { timeout: 4000 });
    first.unmount();
    const { resetAllStores } = await import('../../../../../renderer/stores/createStore');
    act(() => {
      resetAllStores();
    });
    renderAdmission(session);
    expect(await screen.findByText('Unfinished admission restored')).toBeDefined();
    expect(screen.getByRole('textbox', { name: 'Family name (original script)' })).toHaveProperty('value', 'الحسن');
  });

  it('is discarded only after confirmation, and a new admission starts', async () => {
    const session = await anAdmissionSession();
    await saveDraft(session, typed(aNewDraft(), { 'identity.familyName': 'Haddad' }));
    renderAdmission(session);
    await screen.findByText('Unfinished admission restored');
    fireEvent.click(screen.getByRole('button', { name: 'Discard this admission' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard this admission?' });
    expect((await admissionDraftRows.read(session)).kind).toBe('draft');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard it' }));
    await waitFor(async () => {
      expect((await admissionDraftRows.read(session)).kind).toBe('none');
    });
    expect(await screen.findByRole('textbox', { name: 'Family name (original script)' })).toHaveProperty('value', '');
  });

  it('is removed, not offered again, when its person was admitted but its removal failed', async () => {
    const session = await anAdmissionSession();
    const draft = aCompleteDraft();
    expect((await admitFromDraft(session, draft, ZONE)).ok).toBe(true);
    // As if the removal after the write had failed: the copy marked as being submitted is still there.
    await saveDraft(session, { ...draft, submittedAt: new Date(Date.now() - 1000).toISOString() });
    renderAdmission(session);
    await formReady();
    expect(screen.queryByText('Unfinished admission restored')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Family name (original script)' })).toHaveProperty('value', '');
    await waitFor(async () => {
      expect((await admissionDraftRows.read(session)).kind).toBe('none');
    });
    expect(recordsIn(session)).toHaveLength(1);
  });

  it('is kept when an admission at the same minute was another person (a new draft is never taken for an admitted one)', async () => {
    const session = await anAdmissionSession();
    const draft = aNewDraft();
    expect((await admitFromDraft(session, draft, ZONE)).ok).toBe(true);
    await saveDraft(session, typed(draft, { 'arrest.place': 'Checkpoint 4' }));
    renderAdmission(session);
    expect(await screen.findByText('Unfinished admission restored')).toBeDefined();
    expect((await admissionDraftRows.read(session)).kind).toBe('draft');
  });
});
