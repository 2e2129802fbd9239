// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../support/renderApp';

describe('the settings screen', () => {
  it('names each language in that language, marked with its own lang', async () => {
    await renderApp({ path: '/settings' });
    const group = screen.getByRole('group', { name: 'Language' });
    const labels = within(group).getAllByRole<HTMLInputElement>('radio').map((radio) => radio.labels?.[0]);
    expect(labels.map((label) => [label?.textContent, label?.lang])).toEqual([
      ['English', 'en'],
      ['Français', 'fr'],
      ['العربية', 'ar'],
    ]);
    expect(within(group).getByRole<HTMLInputElement>('radio', { name: 'English' }).checked).toBe(true);
  });

  it('switches to Arabic at once: text, lang and dir, and stores the choice', async () => {
    const { db } = await renderApp({ path: '/settings' });
    fireEvent.click(screen.getByRole('radio', { name: 'العربية' }));
    await screen.findByRole('heading', { level: 1, name: 'الإعدادات' });
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    await waitFor(async () => {
      expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'ar' });
    });
    expect(await screen.findByText('حُفظت الإعدادات.')).toBeDefined();
  });

  it('renders the first screen in the stored language, with no English first', async () => {
    await renderApp({ path: '/settings', preferences: { language: 'ar', numbering: 'auto' } });
    expect(screen.getByRole('heading', { level: 1, name: 'الإعدادات' })).toBeDefined();
    expect(screen.queryByText('Settings')).toBeNull();
  });

  it('previews numbers with the chosen digits', async () => {
    await renderApp({ path: '/settings', preferences: { language: 'ar', numbering: 'auto' } });
    const preview = screen.getByRole('region', { name: 'معاينة' });
    expect(within(preview).getByText('1,234,567.89')).toBeDefined();
    fireEvent.click(screen.getByRole('radio', { name: 'أرقام مشرقية (٠١٢٣٤٥٦٧٨٩)' }));
    expect(await within(preview).findByText('١٬٢٣٤٬٥٦٧٫٨٩')).toBeDefined();
  });

  it('shows what the platform reports about the application', async () => {
    await renderApp({ path: '/settings' });
    const about = screen.getByRole('region', { name: 'About this application' });
    expect(await within(about).findByText('Web browser')).toBeDefined();
    expect(within(about).getByText('Habeas')).toBeDefined();
  });
});
