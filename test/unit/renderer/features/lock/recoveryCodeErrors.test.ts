import { describe, expect, it } from 'vitest';
import { generateRecoveryCode } from '@shared/crypto/recoveryCode';
import { recoveryCodeError } from '../../../../../renderer/features/lock/recoveryCodeErrors';

describe('checking a typed recovery code', () => {
  const code = generateRecoveryCode();

  it('accepts the code however it is spaced or cased', () => {
    expect(recoveryCodeError(code)).toBeNull();
    expect(recoveryCodeError(code.toLowerCase().replaceAll('-', ' '))).toBeNull();
  });

  it('says which character is not in the alphabet, counting from 1', () => {
    expect(recoveryCodeError(`${code.slice(0, 2)}U${code.slice(3)}`)).toEqual({ key: 'lock.recovery.errors.badCharacter', position: 3 });
  });

  it('says how many characters were typed, and catches typing mistakes', () => {
    expect(recoveryCodeError(code.slice(0, 11))).toEqual({ key: 'lock.recovery.errors.wrongLength', count: 10 });
    const last = code.at(-1) === '0' ? '1' : '0';
    expect(recoveryCodeError(`${code.slice(0, -1)}${last}`)).toEqual({ key: 'lock.recovery.errors.checksum' });
    expect(recoveryCodeError('  ')).toEqual({ key: 'lock.recovery.errors.empty' });
  });
});
