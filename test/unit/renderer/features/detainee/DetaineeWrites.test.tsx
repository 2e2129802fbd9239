// @vitest-environment happy-dom
/**
 * Writing from the detainee page with a real register: an event through its short form,
 * a correction shown before → after, a void that waits for a second user, and refusals
 * (missing answers, an empty reason, a release before the admission) that write nothing.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { instantToLocalInput } from '../../../../../renderer/features/custody';
import { aDetaineeRegister, hoursAgo, renderDetainee, ZONE } from './detaineeSession';

const NOTICE = {
  outcome: 'notified',
  trigger: 'admission',
  person: { value: 'Hassan' },
  relationship: { value: 'brother' },
  channel: { value: 'phone' },
  notifiedBy: { value: 'Duty officer' },
} as const;

/** Types into the control labelled `label` (a Known field's group carries the same name: the control is wanted). */
function change(scope: HTMLElement, label: string, value: string): void {
  const control = within(scope)
    .getAllByLabelText(label)
    .find((element) => ['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName));
  if (control === undefined) throw new Error(`no control labelled ${label}`);
  fireEvent.change(control, { target: { value } });
}

function history(): HTMLElement {
  return screen.getByRole('region', { name: 'History of the record' });
}

async function entryTitled(name: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = within(history()).getAllByRole('article').find((article) => within(article).queryByRole('heading', { name: new RegExp(`^${name}`) }) !== null);
    if (found === undefined) throw new Error(`no entry ${name}`);
    return found;
  });
}

describe('writing from the detainee page', () => {
  it('records a family notification through its form; missing answers are named and nothing is written', async () => {
    const register = await aDetaineeRegister(30);
    renderDetainee(register.registrar);
    fireEvent.change(screen.getByLabelText('Event to record'), { target: { value: 'custody.family_notified' } });
    const form = screen.getByRole('form', { name: 'Family notified' });
    const before = register.count();
    fireEvent.click(within(form).getByRole('button', { name: 'Record: Family notified' }));
    const missing = await within(form).findByRole('alert');
    expect(missing.textContent).toContain('6 fields need an answer before anything is saved:');
    expect(within(form).getByRole('textbox', { name: 'Person notified' }).getAttribute('aria-invalid')).toBe('true');
    expect(register.count()).toBe(before);

    change(form, 'Outcome', 'notified');
    change(form, 'What the notice reports', 'admission');
    change(form, 'Person notified', 'Hassan Al-Ali');
    change(form, 'Relationship to the detained person', 'brother');
    change(form, 'How they were reached', 'phone');
    change(form, 'Answer for Notified by', 'refused');
    fireEvent.click(within(form).getByRole('button', { name: 'Record: Family notified' }));
    const recorded = await entryTitled('Family notified');
    await waitFor(() => {
      expect(recorded.textContent).toContain('Hassan Al-Ali');
    });
    expect(recorded.textContent).toContain('Refused to say');
    expect(register.count()).toBe(before + 1);
    expect(screen.queryByRole('form', { name: 'Family notified' })).toBeNull();
  });

  it('refuses a release dated before the admission with a clear message, and writes nothing', async () => {
    const register = await aDetaineeRegister(30);
    renderDetainee(register.registrar);
    fireEvent.change(screen.getByLabelText('Event to record'), { target: { value: 'custody.released' } });
    const form = screen.getByRole('form', { name: 'Release' });
    change(form, 'Date and time of the event', instantToLocalInput(Date.parse(hoursAgo(40)), ZONE));
    for (const field of ['Authority that ordered the release', 'Released to', 'Place of release', 'Property', 'Documents returned', 'Copy of the record handed to the person', 'Family informed on']) {
      change(form, `Answer for ${field}`, 'unknown');
    }
    const before = register.count();
    fireEvent.click(within(form).getByRole('button', { name: 'Record: Release' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('This is before the admission. Enter a date and time after the person was admitted.');
    expect(register.count()).toBe(before);
    expect(within(screen.getByText('Name in Latin letters').closest('dl') ?? document.body).getByText('In custody')).toBeDefined();
  });

  it('corrects a field with a reason and shows it before → after; an empty reason writes nothing', async () => {
    const register = await aDetaineeRegister(30);
    await register.write(register.registrar, 'custody.family_notified', NOTICE, hoursAgo(20));
    renderDetainee(register.registrar);
    const notice = await entryTitled('Family notified');
    await waitFor(() => {
      expect(within(notice).getByRole('button', { name: /^Correct a field of Family notified/ })).toBeDefined();
    });
    fireEvent.click(within(notice).getByRole('button', { name: /^Correct a field of Family notified/ }));
    const dialog = screen.getByRole('dialog', { name: 'Correct a field' });
    change(dialog, 'Field to correct', 'person');
    expect(within(dialog).getByText('Current value').parentElement?.textContent).toContain('Hassan');
    change(dialog, 'New value: Person notified', 'Hassan Al-Ali');
    const before = register.count();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record the correction' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('A reason is required.');
    expect(register.count()).toBe(before);

    change(dialog, 'Reason for the correction', 'The full name was on the visitor log');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record the correction' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Correct a field' })).toBeNull();
    });
    const corrected = await entryTitled('Family notified');
    await waitFor(() => {
      expect(within(corrected).getByRole('region', { name: 'Corrections' }).textContent).toMatch(/Person notified.*Hassan → .*Hassan Al-Ali/s);
    });
    expect(corrected.textContent).toContain('Reason: The full name was on the visitor log');
    expect(within(corrected).getAllByText('Hassan Al-Ali').length).toBeGreaterThan(0);
    expect(register.count()).toBe(before + 1);
  });

  it('makes a void wait for a second user: the author cannot confirm it, another user can', async () => {
    const register = await aDetaineeRegister(30);
    await register.write(register.registrar, 'custody.family_notified', NOTICE, hoursAgo(20));
    const { unmount } = renderDetainee(register.registrar);
    const notice = await entryTitled('Family notified');
    fireEvent.click(await within(notice).findByRole('button', { name: /^Void this entry/ }));
    const dialog = screen.getByRole('dialog', { name: 'Void an entry' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Void the entry' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('A reason is required.');
    change(dialog, 'Reason for the void', 'Recorded on the wrong person');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Void the entry' }));
    const pending = await screen.findByRole('region', { name: 'Waiting for confirmation' });
    expect(pending.textContent).toContain('You made this request: waiting for confirmation by another user.');
    expect(within(pending).queryByRole('button', { name: /^Confirm/ })).toBeNull();
    expect((await entryTitled('Family notified')).textContent).toContain('Void requested by Rania Saleh, waiting for confirmation by another user.');
    unmount();

    const supervisor = await register.as('supervisor', 'Karim Benali');
    renderDetainee(supervisor);
    const waiting = screen.getByRole('region', { name: 'Waiting for confirmation' });
    expect(waiting.textContent).toContain('Requested by Rania Saleh');
    fireEvent.click(within(waiting).getByRole('button', { name: /^Confirm: Void of the entry/ }));
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Waiting for confirmation' })).toBeNull();
    });
    const voided = await entryTitled('Family notified');
    expect(voided.textContent).toContain('Voided by Rania Saleh. Reason: Recorded on the wrong person');
    expect(within(voided).getByRole('heading').textContent).toContain('Voided');
  });

  it('makes an identity correction wait for a second user before the name changes', async () => {
    const register = await aDetaineeRegister(30);
    renderDetainee(register.registrar);
    const admission = await entryTitled('Admission');
    fireEvent.click(await within(admission).findByRole('button', { name: /^Correct a field of Admission/ }));
    const dialog = screen.getByRole('dialog', { name: 'Correct a field' });
    change(dialog, 'Field to correct', 'identity.givenNamesLatin');
    expect(within(dialog).getByText('This changes who the person is: it takes effect only once another user confirms it.')).toBeDefined();
    change(dialog, 'New value: Given names (Latin letters)', 'Muhammad');
    change(dialog, 'Reason for the correction', 'Spelling in the passport');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record the correction' }));
    const pending = await screen.findByRole('region', { name: 'Waiting for confirmation' });
    expect(pending.textContent).toMatch(/Mohamed → .*Muhammad/s);
    expect(screen.getByText('Name in Latin letters').closest('div')?.textContent).toContain('Mohamed Al-Hassan');
  });

  it('lists a required field still unknown, and fills it in with a correction of the admission', async () => {
    const register = await aDetaineeRegister(30, { sex: { unknown: 'unknown' } });
    renderDetainee(register.registrar);
    const gaps = screen.getByRole('region', { name: 'Missing information' });
    await waitFor(() => {
      expect(within(gaps).getByRole('button', { name: 'Fill in: Sex' })).toBeDefined();
    });
    fireEvent.click(within(gaps).getByRole('button', { name: 'Fill in: Sex' }));
    const dialog = screen.getByRole('dialog', { name: 'Correct a field' });
    expect(within(dialog).getByLabelText<HTMLSelectElement>('Field to correct').value).toBe('identity.sex');
    expect(within(dialog).getByText('Current value').parentElement?.textContent).toContain('Unknown');
    change(dialog, 'Answer for New value: Sex', 'value');
    change(dialog, 'New value: Sex', 'male');
    change(dialog, 'Reason for the correction', 'Seen on the national ID card');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record the correction' }));
    // Sex is part of who the person is: the gap stays until a second user confirms.
    const pending = await screen.findByRole('region', { name: 'Waiting for confirmation' });
    expect(pending.textContent).toMatch(/Sex.*Unknown → .*Male/s);
    expect(within(gaps).getByText('Sex').parentElement?.textContent).toContain('Correction waiting for a second user');
    cleanup();
    renderDetainee(await register.as('supervisor', 'Karim Benali'));
    fireEvent.click(within(screen.getByRole('region', { name: 'Waiting for confirmation' })).getByRole('button', { name: /^Confirm: Correction of the entry “Admission/ }));
    await waitFor(() => {
      expect(within(screen.getByRole('region', { name: 'Missing information' })).queryByText('Sex')).toBeNull();
    });
  });
});
