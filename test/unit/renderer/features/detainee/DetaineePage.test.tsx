// @vitest-environment happy-dom
/**
 * The detainee page with a real register: who and where the person is, their safeguards,
 * the history with authors and times, and what each role may see.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { aDetaineeRegister, hoursAgo, renderDetainee } from './detaineeSession';

const EXAM = {
  context: 'admission',
  outcome: 'examined',
  examiner: { value: 'Dr Salma Idris' },
  findings: { value: 'Bruising on both wrists' },
  injuries: { value: { present: true, description: 'Bruises consistent with tight handcuffs' } },
  referredTo: { unknown: 'not_applicable' },
  tortureSignsReferral: { unknown: 'not_applicable' },
} as const;

function entries(): HTMLElement[] {
  return within(screen.getByRole('region', { name: 'History of the record' })).getAllByRole('article');
}

describe('the detainee page', () => {
  it('shows who and where the person is, the safeguards, and the admission with its author', async () => {
    const register = await aDetaineeRegister(30);
    renderDetainee(register.registrar);
    expect(screen.getByRole('heading', { level: 1, name: 'محمد الحسن' })).toBeDefined();
    const summary = screen.getByText('Name in Latin letters').closest('dl');
    expect(summary?.textContent).toContain('Mohamed Al-Hassan');
    expect(summary?.textContent).toContain('CRP-');
    expect(summary?.textContent).toContain('In custody');
    expect(summary?.textContent).toContain('Central Remand Prison');
    expect(summary?.textContent).toContain('Criminal suspect on remand');
    const safeguards = screen.getByRole('table', { name: 'Safeguards that apply to this record' });
    const judge = within(safeguards).getByRole('rowheader', { name: 'Brought before a judge' }).closest('tr');
    expect(judge?.textContent).toContain('Due');
    expect(judge?.textContent).toContain('ICCPR art. 9(3)');
    const [admission] = entries();
    expect(admission?.textContent).toContain('Admission');
    await waitFor(() => {
      expect(admission?.textContent).toContain('by Rania Saleh');
    });
  });

  it('shows medical findings to medical staff only; others see that an examination was done, and when', async () => {
    const register = await aDetaineeRegister(30);
    const doctor = await register.as('medical', 'Dr Salma Idris');
    await register.write(doctor, 'custody.medical_examined', EXAM, hoursAgo(29));
    const { unmount } = renderDetainee(register.registrar);
    await waitFor(() => {
      expect(entries()[1]?.textContent).toContain('by Dr Salma Idris');
    });
    const seenByRegistrar = entries()[1]?.textContent ?? '';
    expect(seenByRegistrar).toContain('Medical examination');
    expect(seenByRegistrar).toContain('On admission');
    expect(seenByRegistrar).toContain('Medical details are visible to medical staff only.');
    expect(seenByRegistrar).not.toContain('Bruising');
    unmount();
    renderDetainee(doctor);
    await waitFor(() => {
      expect(entries()[1]?.textContent).toContain('Bruising on both wrists');
    });
    expect(entries()[1]?.textContent).toContain('Bruises consistent with tight handcuffs');
  });

  it('shows a safeguard overdue once its deadline has passed', async () => {
    const register = await aDetaineeRegister(60);
    renderDetainee(register.registrar);
    const safeguards = screen.getByRole('table', { name: 'Safeguards that apply to this record' });
    const judge = within(safeguards).getByRole('rowheader', { name: 'Brought before a judge' }).closest('tr');
    expect(judge?.textContent).toContain('Overdue');
  });

  it('offers each role only the events it may record', async () => {
    const register = await aDetaineeRegister(30);
    const doctor = await register.as('medical', 'Dr Salma Idris');
    const { unmount } = renderDetainee(register.registrar);
    const optionsOf = () => within(screen.getByLabelText('Event to record')).getAllByRole('option').map((option) => option.textContent);
    expect(optionsOf()).toContain('Release');
    expect(optionsOf()).not.toContain('Medical examination');
    expect(optionsOf()).not.toContain('Returned from hospital');
    unmount();
    const asDoctor = renderDetainee(doctor);
    expect(optionsOf()).toEqual(['Choose an event…', 'Medical examination']);
    // Medical staff correct the admission's health fields only, and void nothing of the register's.
    const [admission] = entries();
    fireEvent.click(await within(admission ?? document.body).findByRole('button', { name: /^Correct a field of Admission/ }));
    expect(within(admission ?? document.body).queryByRole('button', { name: /^Void this entry/ })).toBeNull();
    const fields = within(screen.getByRole('dialog', { name: 'Correct a field' })).getByLabelText('Field to correct');
    expect(within(fields).getAllByRole('option').map((option) => option.getAttribute('value'))).toEqual([
      '',
      'health.visibleInjuries',
      'health.priorIllTreatment',
      'health.conditions',
      'health.dependence',
      'health.vulnerabilities',
      'health.reproductiveHealth',
      'health.tortureReferral',
    ]);
    asDoctor.unmount();
    const adviser = await register.as('adviser', 'Nadia Adviser');
    renderDetainee(adviser);
    expect(screen.queryByRole('region', { name: 'Record an event' })).toBeNull();
  });

  it('prints the record in the reader\'s language with every entry\'s hash, then takes the print view away', async () => {
    const register = await aDetaineeRegister(30);
    let printed = '';
    // happy-dom has no print dialog: stand one in that reads what would be printed.
    const print = vi.fn(() => {
      printed = document.querySelector('.detainee-print')?.textContent ?? '';
    });
    Object.defineProperty(window, 'print', { configurable: true, value: print });
    onTestFinished(() => {
      Reflect.deleteProperty(window, 'print');
    });
    renderDetainee(register.registrar, 'fr');
    const button = screen.getByRole('button', { name: 'Imprimer ce dossier' });
    // The button waits for the entries to be read from storage, which a busy machine makes slow.
    await waitFor(
      () => {
        expect(button.hasAttribute('disabled')).toBe(false);
      },
      { timeout: 3000 },
    );
    fireEvent.click(button);
    await waitFor(() => {
      expect(print).toHaveBeenCalledOnce();
    });
    expect(printed).toContain('Dossier de garde');
    expect(printed).toContain('Établissement : Central Remand Prison');
    expect(printed).toMatch(/Empreinte de l'inscription : [0-9a-f]{64}/);
    expect(printed).toMatch(/Survenu le : \d{1,2} \p{L}+ \d{4}/u);
    await waitFor(() => {
      expect(document.querySelector('.detainee-print')).toBeNull();
    });
  });
});
