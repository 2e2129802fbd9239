import { describe, expect, it } from 'vitest';
import { initialVaultPhase } from '../../../../renderer/vault/vaultPhase';
import { autoLockMinutesFrom } from '../../../../renderer/vault/autoLockSetting';

const granted = { granted: true, coordinated: true, release: () => undefined } as const;

describe('the phase the app starts in', () => {
  it('follows what storage holds', () => {
    expect(initialVaultPhase(true, granted, { kind: 'empty' })).toEqual({ kind: 'setup' });
    expect(initialVaultPhase(true, granted, { kind: 'locked', isSetupUnfinished: true })).toEqual({ kind: 'locked', isSetupUnfinished: true });
    expect(initialVaultPhase(true, granted, { kind: 'keys-missing' })).toEqual({ kind: 'keys-missing' });
  });

  it('never lets a second window write, and says when nothing can be stored', () => {
    expect(initialVaultPhase(true, { granted: false, reason: 'held-elsewhere' }, { kind: 'empty' })).toEqual({ kind: 'writer-busy' });
    expect(initialVaultPhase(false, granted, null)).toEqual({ kind: 'unavailable' });
  });
});

describe('the auto-lock setting', () => {
  it('defaults to 10 minutes when missing or out of range', () => {
    expect(autoLockMinutesFrom(undefined)).toBe(10);
    expect(autoLockMinutesFrom('0')).toBe(10);
    expect(autoLockMinutesFrom('121')).toBe(10);
    expect(autoLockMinutesFrom('2.5')).toBe(10);
    expect(autoLockMinutesFrom('45')).toBe(45);
  });
});
