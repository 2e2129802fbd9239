/** Renders one screen with a stand-in vault controller, to drive states that are slow or hard to reach for real. */
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import { createI18n } from '../../renderer/i18n/createI18n';
import type { Language } from '../../renderer/i18n/languages';
import type { VaultController } from '../../renderer/vault/vaultContext';
import { VaultContext } from '../../renderer/vault/vaultContext';

const unused = (): Promise<never> => Promise.reject(new Error('not used in this test'));

export function aVaultController(overrides: Partial<VaultController> = {}): VaultController {
  return {
    phase: { kind: 'locked', isSetupUnfinished: false },
    calibrate: () => Promise.resolve(17),
    setUp: vi.fn(unused),
    unlock: vi.fn(unused),
    unlockWithRecoveryCode: vi.fn(unused),
    finishRecovery: vi.fn(unused),
    confirmRecoveryCode: vi.fn(unused),
    restartSetup: vi.fn(unused),
    verifyAndRebuild: vi.fn(unused),
    lock: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
}

export function renderWithVault(ui: ReactNode, controller: VaultController, language: Language = 'en'): RenderResult {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <VaultContext value={controller}>{ui}</VaultContext>
    </I18nextProvider>,
  );
}
