import { describe, expect, it } from 'vitest';
import { newDataKey } from '@shared/crypto/dataKey';
import { newKdfParams } from '@shared/crypto/kdf';
import { generateRecoveryCode } from '@shared/crypto/recoveryCode';
import { createInstallationIdentity } from '@shared/ledger/identity';
import { toHex } from '@shared/util/bytes';
import { makeRecoveryWrap, makeUserWrap, openWithPassphrase, openWithRecoveryCode } from '../../../../renderer/vault/keyring';
import { openInstallation, sealInstallation } from '../../../../renderer/vault/installationSecrets';
import { delayAfterFailures, waitRemaining, FREE_ATTEMPTS, MAX_DELAY_MS } from '../../../../renderer/vault/throttle';

describe('keyring', () => {
  const kdf = newKdfParams();
  const dataKey = newDataKey();

  it('finds which user a passphrase belongs to with one derivation, and refuses a wrong one', async () => {
    const wraps = [
      await makeUserWrap('correct horse battery staple', dataKey, 'u-admin', kdf),
      await makeUserWrap('حصان صحيح بطارية', dataKey, 'u-registrar', kdf),
    ];
    const registrar = await openWithPassphrase('حصان صحيح بطارية', wraps);
    expect(registrar?.userId).toBe('u-registrar');
    expect(toHex(registrar?.dataKey ?? new Uint8Array())).toBe(toHex(dataKey));
    expect(await openWithPassphrase('correct horse battery stapler', wraps)).toBeNull();
  });

  it('does not let one user wrap pass for another user (the label is bound)', async () => {
    const wrap = await makeUserWrap('passphrase one two', dataKey, 'u-a', kdf);
    const forged = { ...wrap, id: 'wrap:user:u-b' as const, userId: 'u-b' };
    expect(await openWithPassphrase('passphrase one two', [forged])).toBeNull();
  });

  it('opens with the recovery code however it is typed, and not with another code', async () => {
    const code = generateRecoveryCode();
    const row = await makeRecoveryWrap(code, dataKey, kdf);
    const typed = code.toLowerCase().replaceAll(' ', '-');
    expect(toHex((await openWithRecoveryCode(typed, row)) ?? new Uint8Array())).toBe(toHex(dataKey));
    expect(await openWithRecoveryCode(generateRecoveryCode(), row)).toBeNull();
  });
});

describe('installation secrets', () => {
  it('round-trips sealed and refuses another data key', async () => {
    const identity = await createInstallationIdentity();
    const key = newDataKey();
    const row = sealInstallation(key, identity);
    expect(row.sealedB64).not.toContain(identity.ageIdentity);
    const opened = openInstallation(key, row);
    expect(opened.ledgerId).toBe(identity.ledgerId);
    expect(opened.ageIdentity).toBe(identity.ageIdentity);
    expect(() => openInstallation(newDataKey(), row)).toThrow();
  });
});

describe('unlock throttle', () => {
  it('lets the first attempts through, then doubles the wait up to a cap', () => {
    expect(delayAfterFailures(FREE_ATTEMPTS - 1)).toBe(0);
    expect(delayAfterFailures(FREE_ATTEMPTS + 1)).toBe(2 * delayAfterFailures(FREE_ATTEMPTS));
    expect(delayAfterFailures(50)).toBe(MAX_DELAY_MS);
  });

  it('counts the wait from the last failure', () => {
    const last = new Date('2026-11-26T10:00:00Z');
    const delay = delayAfterFailures(FREE_ATTEMPTS);
    expect(waitRemaining(FREE_ATTEMPTS, last, new Date(last.getTime() + 500))).toBe(delay - 500);
    expect(waitRemaining(FREE_ATTEMPTS, last, new Date(last.getTime() + delay + 1))).toBe(0);
    expect(waitRemaining(10, null, last)).toBe(0);
  });
});
