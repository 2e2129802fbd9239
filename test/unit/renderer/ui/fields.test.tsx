// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Checkbox } from '../../../../renderer/ui/Checkbox';
import { RadioGroup } from '../../../../renderer/ui/RadioGroup';
import { SelectField } from '../../../../renderer/ui/SelectField';
import { TextArea } from '../../../../renderer/ui/TextArea';
import { TextField } from '../../../../renderer/ui/TextField';

/** The texts an element's aria-describedby points at, in order. */
function descriptions(element: HTMLElement): string[] {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `missing #${id}`);
}

describe('form fields', () => {
  it('a text field is named by its label and described by its hint and error', () => {
    const onValueChange = vi.fn();
    render(<TextField label="Family name" hint="As written on the ID card" error="Enter the family name" value="" onValueChange={onValueChange} />);
    const input = screen.getByRole('textbox', { name: 'Family name' });
    expect(descriptions(input)).toEqual(['As written on the ID card', '!Enter the family name']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(input, { target: { value: 'Haddad' } });
    expect(onValueChange).toHaveBeenCalledWith('Haddad');
  });

  it('a multi-line text is named, described and marked invalid the same way', () => {
    const onValueChange = vi.fn();
    render(<TextArea label="Note" hint="What was seen" error="Shorten the note" value="" rows={4} onValueChange={onValueChange} />);
    const area = screen.getByRole('textbox', { name: 'Note' });
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.getAttribute('rows')).toBe('4');
    expect(descriptions(area)).toEqual(['What was seen', '!Shorten the note']);
    expect(area.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(area, { target: { value: 'Two open barrels.' } });
    expect(onValueChange).toHaveBeenCalledWith('Two open barrels.');
  });

  it('a valid field without a hint has no description and is not marked invalid', () => {
    render(<TextField label="Given name" value="Amina" onValueChange={() => undefined} />);
    const input = screen.getByRole('textbox', { name: 'Given name' });
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('a select offers its options, each in its own language when given', () => {
    const onValueChange = vi.fn();
    const options = [
      { value: 'en', label: 'English', lang: 'en' },
      { value: 'ar', label: 'العربية', lang: 'ar' },
    ] as const;
    render(<SelectField label="Language" hint="Menus and messages" options={options} value="en" onValueChange={onValueChange} />);
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(descriptions(select)).toEqual(['Menus and messages']);
    expect(screen.getByRole('option', { name: 'العربية' }).getAttribute('lang')).toBe('ar');
    fireEvent.change(select, { target: { value: 'ar' } });
    expect(onValueChange).toHaveBeenCalledWith('ar');
  });

  it('a checkbox is named by its label and reports its new state', () => {
    const onCheckedChange = vi.fn();
    render(<Checkbox label="Family informed" error="Required before transfer" checked={false} onCheckedChange={onCheckedChange} />);
    const checkbox = screen.getByRole('checkbox', { name: 'Family informed' });
    expect(descriptions(checkbox)).toEqual(['!Required before transfer']);
    expect(checkbox.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(checkbox);
    expect(onCheckedChange).toHaveBeenCalledWith(true);
  });

  it('a radio group is a named group, described by its hint and error', () => {
    const onValueChange = vi.fn();
    const options = [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ] as const;
    render(<RadioGroup legend="Medical examination done" hint="Within 24 hours" error="Choose one" options={options} value="no" onValueChange={onValueChange} />);
    const group = screen.getByRole('group', { name: 'Medical examination done' });
    expect(descriptions(group)).toEqual(['Within 24 hours', '!Choose one']);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'No' }).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    expect(onValueChange).toHaveBeenCalledWith('yes');
  });
});
