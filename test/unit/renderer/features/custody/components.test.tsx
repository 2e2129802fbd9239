// @vitest-environment happy-dom
import type { Known } from '@shared/custody/known';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { KnownInput, ProblemList, RegisterNumber, RuleSources, SafeguardBadge, StandardsList, StatusBadge } from '../../../../../renderer/features/custody';
import { createI18n } from '../../../../../renderer/i18n/createI18n';
import type { Language } from '../../../../../renderer/i18n/languages';

function renderIn(ui: ReactNode, language: Language = 'en') {
  return render(<I18nextProvider i18n={createI18n(language)}>{ui}</I18nextProvider>);
}

/** A KnownInput holding its own state, reporting every change. */
function Controlled<T>({ initial, onChange, children }: { initial?: Known<T>; onChange: (next: Known<T> | undefined) => void; children: (value: Known<T> | undefined, set: (next: Known<T> | undefined) => void) => ReactNode }) {
  const [value, setValue] = useState(initial);
  return children(value, (next) => {
    setValue(next);
    onChange(next);
  });
}

describe('badges', () => {
  it('a status reads in words, and a voided admission reads as such', () => {
    renderIn(<><StatusBadge status="hospital" /><StatusBadge status="in_custody" isVoided /></>);
    expect(screen.getByText('In hospital')).toBeDefined();
    expect(screen.getByText('Entry voided')).toBeDefined();
  });

  it('a safeguard names its rule and its state, in Arabic too', () => {
    const { container } = renderIn(<SafeguardBadge ruleId="judge-appearance" state="overdue" />);
    expect(container.textContent).toBe('!Brought before a judge: Overdue');
    expect(container.querySelector('.safeguard-overdue')).not.toBeNull();
    const arabic = renderIn(<SafeguardBadge state="unknown" />, 'ar');
    expect(arabic.container.textContent).toContain('غير معروف: بيانات ناقصة');
  });

  it('a register number is printed with its prefix, left to right', () => {
    const { container } = renderIn(<RegisterNumber value={{ prefix: 'CRP', number: 42 }} />, 'ar');
    const number = container.querySelector('bdi');
    expect(number?.textContent).toBe('CRP-000042');
    expect(number?.getAttribute('dir')).toBe('ltr');
  });
});

describe('the problem list', () => {
  it('announces every problem and moves focus to its field', () => {
    renderIn(
      <>
        <input id="field-identity.dateOfBirth" aria-label="Date of birth" />
        <input id="field-identity.documents" aria-label="Documents" />
        <ProblemList
          problems={[
            { code: 'birth-after-arrest', path: 'identity.dateOfBirth' },
            { code: 'invalid', path: 'identity.documents.0.number' },
            { code: 'unknown-type', path: '(payload)' },
          ]}
        />
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('3 problems must be fixed before anything is saved:')).toBeDefined();
    fireEvent.click(within(alert).getByRole('button', { name: /^Date of birth: The date of birth is after the arrest/ }));
    expect(document.activeElement?.id).toBe('field-identity.dateOfBirth');
    fireEvent.click(within(alert).getByRole('button', { name: /^Document number:/ }));
    expect(document.activeElement?.id).toBe('field-identity.documents');
    expect(within(alert).getAllByRole('button')).toHaveLength(2);
    expect(within(alert).getByText(/not known to this version/)).toBeDefined();
  });

  it('shows nothing when there is nothing wrong', () => {
    const { container } = renderIn(<ProblemList problems={[]} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('a known input', () => {
  it('is named by its field, says why there is no value, and restores the value typed before', () => {
    const onChange = vi.fn();
    renderIn(
      <Controlled<string> onChange={onChange}>
        {(value, set) => <KnownInput fieldId="identity.placeOfBirth" value={value} onChange={set} />}
      </Controlled>,
    );
    const input = screen.getByRole('textbox', { name: 'Place of birth' });
    expect(input.id).toBe('field-identity.placeOfBirth');
    fireEvent.change(input, { target: { value: 'Sfax' } });
    expect(onChange).toHaveBeenLastCalledWith({ value: 'Sfax' });
    const reason = screen.getByRole('combobox', { name: 'Answer for Place of birth' });
    fireEvent.change(reason, { target: { value: 'refused' } });
    expect(onChange).toHaveBeenLastCalledWith({ unknown: 'refused' });
    expect((input as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(reason, { target: { value: 'value' } });
    expect(onChange).toHaveBeenLastCalledWith({ value: 'Sfax' });
    fireEvent.change(input, { target: { value: '  ' } });
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });

  it('marks an error on both controls', () => {
    renderIn(<KnownInput fieldId="arrest.at" kind="datetime-local" value={{ value: '2026-01-01T10:00' }} onChange={() => undefined} error="Enter the time of arrest." />);
    const reason = screen.getByRole('combobox', { name: 'Answer for Date and time of arrest' });
    const input = document.getElementById('field-arrest.at');
    expect(input?.getAttribute('type')).toBe('datetime-local');
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    const described = input?.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(described)?.textContent).toContain('Enter the time of arrest.');
    expect(reason.getAttribute('aria-describedby')).toBe(described);
  });

  it('reads Arabic-Indic digits as a number', () => {
    const onChange = vi.fn();
    renderIn(
      <Controlled<number> onChange={onChange}>
        {(value, set) => <KnownInput fieldId="identity.estimatedAgeYears" kind="number" value={value} onChange={set} />}
      </Controlled>,
      'ar',
    );
    const input = screen.getByRole('textbox', { name: 'العمر التقديري بالسنوات' });
    fireEvent.change(input, { target: { value: '٣٤' } });
    expect(onChange).toHaveBeenLastCalledWith({ value: 34 });
    expect((input as HTMLInputElement).value).toBe('٣٤');
  });

  it('offers choices with a placeholder, and only the reasons given', () => {
    const onChange = vi.fn();
    const options = [{ value: 'female', label: 'Female' }, { value: 'male', label: 'Male' }] as const;
    renderIn(<KnownInput fieldId="identity.sex" kind="select" options={options} reasons={['refused']} value={undefined} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Sex' });
    fireEvent.change(select, { target: { value: 'male' } });
    expect(onChange).toHaveBeenLastCalledWith({ value: 'male' });
    const reason = screen.getByRole('combobox', { name: 'Answer for Sex' });
    expect(within(reason).getAllByRole('option').map((option) => option.textContent)).toEqual(['Value given', 'Refused to say']);
  });
});

describe('the standards list', () => {
  it('lists the sources of a field with their legal force', () => {
    renderIn(<StandardsList fieldId="identity.dateOfBirth" />);
    const list = screen.getByRole('list', { name: 'Sources of Date of birth' });
    const items = within(list).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toContain('Binding GCIII art. 122 (international armed conflict)');
    expect(items.some((text) => text.startsWith('Standard Havana/JDL'))).toBe(true);
  });

  it('names an event type by its label and says when a field has no source', () => {
    renderIn(<><StandardsList fieldId="custody.brought_before_judge" /><StandardsList fieldId="nothing.here" /></>, 'fr');
    expect(within(screen.getByRole('list', { name: 'Sources de Présentation à un juge' })).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(screen.getByText('Aucune source enregistrée pour ce champ.')).toBeDefined();
  });
});

describe('the sources of a safeguard rule', () => {
  it('gives the legal force, each instrument with its own, and says when the time limit is this register\'s default', () => {
    renderIn(<RuleSources ruleId="registration-delay" />);
    expect(screen.getByText('Legal force: Binding.')).toBeDefined();
    const items = within(screen.getByRole('list', { name: 'Sources of the rule: Registered without delay' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toContain('Binding ICPPED art. 17(3)');
    expect(screen.getByText(/the time limit is a default of this register/)).toBeDefined();
  });

  it('says nothing of a default when the source sets the time limit, and marks citations to verify', () => {
    const { container } = renderIn(<RuleSources ruleId="judge-appearance" />);
    expect(container.textContent).not.toMatch(/default of this register/);
    expect(container.textContent).toContain('citation to verify');
  });

  it('folds under a summary of force and count when collapsed', () => {
    const { container } = renderIn(<RuleSources ruleId="judge-appearance" isCollapsed />);
    expect(container.querySelector('details summary')?.textContent).toBe('Binding · 4 sources');
  });
});
