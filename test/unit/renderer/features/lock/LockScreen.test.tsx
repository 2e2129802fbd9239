// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { generateRecoveryCode } from '@shared/crypto/recoveryCode';
import { LockScreen } from '../../../../../renderer/features/lock';
import { finishSetup } from '../../../../../renderer/vault/setup';
import { aSetUpInstallation, ADMIN_PASSPHRASE } from '../../../../integration/vault/vaultHarness';
import { renderApp } from '../../../../support/renderApp';
import { aVaultController, renderWithVault } from '../../../../support/renderWithVault';

function typePassphrase(value: string): void {
  fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
}

describe('the lock screen', () => {
  it('says clearly when a passphrase is wrong, clears it, then opens with the right one', async () => {
    await renderApp({
      vault: async (db) => {
        await aSetUpInstallation(db);
        await finishSetup(db);
        return { kind: 'locked', isSetupUnfinished: false };
      },
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Habeas is locked' })).toBeDefined();
    typePassphrase('not the passphrase at all');
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain('This passphrase did not open Habeas');
    expect(alert.textContent).toContain('Nothing has been deleted');
    expect(screen.getByLabelText<HTMLInputElement>('Passphrase').value).toBe('');
    typePassphrase(ADMIN_PASSPHRASE);
    await screen.findByRole('heading', { level: 1, name: 'Overview' }, { timeout: 10_000 });
    expect(screen.getByText('Amina Haddad')).toBeDefined();
  }, 30_000);

  it('asks for the passphrase before trying anything', () => {
    const controller = aVaultController();
    renderWithVault(<LockScreen isSetupUnfinished={false} />, controller);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByText('Enter your passphrase.')).toBeDefined();
    expect(controller.unlock).not.toHaveBeenCalled();
  });

  it('counts down the wait after too many attempts and will not try meanwhile', async () => {
    const unlock = vi.fn(() => Promise.resolve({ code: 'throttled' as const, waitMs: 8000 }));
    renderWithVault(<LockScreen isSetupUnfinished={false} />, aVaultController({ unlock }));
    typePassphrase('whatever it is');
    expect((await screen.findByRole('alert')).textContent).toContain('Too many wrong attempts');
    expect(screen.getByText('You can try again in 8 seconds.')).toBeDefined();
    typePassphrase('another try');
    expect(unlock).toHaveBeenCalledTimes(1);
  });

  it('checks a typed recovery code and says what is wrong with it, in Arabic too', async () => {
    const unlockWithRecoveryCode = vi.fn(() => Promise.resolve({ code: 'wrong' as const, waitMs: 0 }));
    renderWithVault(<LockScreen isSetupUnfinished={false} />, aVaultController({ unlockWithRecoveryCode }), 'ar');
    fireEvent.click(screen.getByRole('button', { name: 'استخدام رمز الاسترداد' }));
    const field = screen.getByLabelText('رمز الاسترداد');
    fireEvent.change(field, { target: { value: 'ABCDE-FGHJK' } });
    fireEvent.click(screen.getByRole('button', { name: 'فتح القفل بهذا الرمز' }));
    expect(screen.getByText(/كتبت 10 أحرف/)).toBeDefined();
    expect(unlockWithRecoveryCode).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: generateRecoveryCode() } });
    fireEvent.click(screen.getByRole('button', { name: 'فتح القفل بهذا الرمز' }));
    await waitFor(() => {
      expect(unlockWithRecoveryCode).toHaveBeenCalledOnce();
    });
    expect((await screen.findByRole('alert')).textContent).toContain('لا يفتح سجل هذا الحاسوب');
  });

  it('offers to start an interrupted setup again, and explains when it no longer can', async () => {
    const restartSetup = vi.fn(() => Promise.resolve(false));
    renderWithVault(<LockScreen isSetupUnfinished />, aVaultController({ restartSetup }));
    expect(screen.getByRole('heading', { level: 1, name: 'Finish setting up Habeas' })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Start the setup again' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Start again' }));
    expect(await screen.findByText(/Entries are already recorded/)).toBeDefined();
  });
});
