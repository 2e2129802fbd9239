// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseRecoveryCode } from '@shared/crypto/recoveryCode';
import { renderApp } from '../../../../support/renderApp';

const setupPhase = () => Promise.resolve({ kind: 'setup' } as const);

function fill(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function next(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Next' }));
}

async function reachAdminStep(): Promise<void> {
  next();
  await screen.findByRole('heading', { level: 2, name: 'The facility' });
  fill('Facility name', 'Central Prison');
  fill('Facility code', 'CP-01');
  fill('Register number prefix', 'cp');
  fill('Location', 'North district');
  fill('Responsible authority', 'Ministry of Justice');
  fill('Official capacity', '450');
  next();
  await screen.findByRole('heading', { level: 2, name: 'The first administrator' });
}

describe('the setup wizard', () => {
  it('opens with the language, and switches the whole wizard to Arabic', async () => {
    await renderApp({ vault: setupPhase });
    expect(screen.getByRole('heading', { level: 2, name: 'Language' })).toBeDefined();
    fireEvent.click(screen.getByRole('radio', { name: 'العربية' }));
    await screen.findByRole('heading', { level: 1, name: 'إعداد Habeas' });
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('says what is missing in the facility profile and moves focus to the first problem', async () => {
    await renderApp({ vault: setupPhase });
    next();
    await screen.findByRole('heading', { level: 2, name: 'The facility' });
    next();
    const name = await screen.findByLabelText('Facility name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(screen.getByText("Enter the facility's name.")).toBeDefined();
    expect(screen.getByText('Use 1 to 8 capital letters A–Z or digits 0–9, without spaces or other signs.')).toBeDefined();
  });

  it('refuses a short passphrase and a confirmation that differs, saying what to do', async () => {
    await renderApp({ vault: setupPhase });
    await reachAdminStep();
    fill("Administrator's full name", 'Amina Haddad');
    fill("Administrator's passphrase", 'short one');
    fill('Type the passphrase again', 'short two');
    fireEvent.click(screen.getByRole('button', { name: 'Create the register' }));
    expect(await screen.findByText('Use at least 12 characters. Add a few more words.')).toBeDefined();
    expect(screen.getByText('The two passphrases are not the same. Type the same passphrase in both fields.')).toBeDefined();
    expect(screen.getByRole('meter', { name: 'Strength' }).getAttribute('aria-valuetext')).toBe('Weak (9 characters)');
  });

  it('creates the register, then shows the recovery code once and requires it to be kept', async () => {
    const { db } = await renderApp({ vault: setupPhase });
    await reachAdminStep();
    fill("Administrator's full name", 'Amina Haddad');
    fill("Administrator's passphrase", 'blue river stone lamp');
    fill('Type the passphrase again', 'blue river stone lamp');
    fireEvent.click(screen.getByRole('button', { name: 'Create the register' }));
    await screen.findByRole('heading', { level: 1, name: 'Keep the recovery code' }, { timeout: 20_000 });
    const groups = within(screen.getByRole('list', { name: 'Recovery code, in groups of five' })).getAllByRole('listitem');
    expect(parseRecoveryCode(groups.map((group) => group.textContent).join('-')).ok).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/Tick this box once the code is written down or printed/)).toBeDefined();
    fireEvent.click(screen.getByRole('checkbox', { name: 'I have written down or printed the recovery code' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    await waitFor(async () => {
      expect(await db.vault.get('setup')).toBeUndefined();
    });
  }, 30_000);
});
