import { describe, expect, it } from 'vitest';
import { accessEventRegistry } from '@shared/ledger/accessEventTypes';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import { mergeEventRegistries, validatePayload } from '@shared/ledger/registry';

const USER_ID = '0190b6a0-0000-7000-8000-000000000001';

describe('access event types', () => {
  it('record who got a new passphrase and how, never the passphrase', () => {
    expect(validatePayload(accessEventRegistry, 'user.passphrase_reset', { userId: USER_ID, method: 'recovery_code' }).ok).toBe(true);
    expect(validatePayload(accessEventRegistry, 'user.passphrase_reset', { userId: USER_ID, method: 'guessed' }).ok).toBe(false);
    expect(validatePayload(accessEventRegistry, 'user.passphrase_reset', { userId: USER_ID, method: 'self', passphrase: 'x' }).ok).toBe(false);
  });

  it('merge with the core types without clashing', () => {
    const merged = mergeEventRegistries(coreEventRegistry, accessEventRegistry);
    expect(merged.definitions.has('user.added')).toBe(true);
    expect(merged.definitions.has('user.passphrase_reset')).toBe(true);
  });
});
