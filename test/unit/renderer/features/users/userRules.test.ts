import { describe, expect, it } from 'vitest';
import type { UserRole } from '@shared/ledger/coreEventTypes';
import { validateNewUser } from '../../../../../renderer/features/users/newUserForm';
import { removalProblem, roleChangeProblem } from '../../../../../renderer/features/users/userRules';
import type { UserRecord } from '../../../../../renderer/ledger';

function aUser(userId: string, role: UserRole, isActive = true): UserRecord {
  return { userId, name: userId, role, isActive, addedSeq: 1, changedSeq: 1 };
}

describe('user rules', () => {
  const admin = aUser('admin', 'administrator');
  const registrar = aUser('registrar', 'registrar');
  const formerAdmin = aUser('former', 'administrator', false);

  it('never removes or demotes the last active administrator', () => {
    const users = [admin, registrar, formerAdmin];
    expect(removalProblem(users, admin, 'admin')).toBe('last-admin');
    expect(roleChangeProblem(users, admin, 'supervisor')).toBe('last-admin');
    expect(removalProblem(users, registrar, 'admin')).toBeNull();
  });

  it('lets an administrator leave once another remains', () => {
    const second = aUser('second', 'administrator');
    expect(removalProblem([admin, second], admin, 'admin')).toBeNull();
    expect(roleChangeProblem([admin, second], admin, 'registrar')).toBeNull();
  });

  it('refuses changes to a removed user and no-op role changes', () => {
    expect(removalProblem([admin, formerAdmin], formerAdmin, 'admin')).toBe('already-removed');
    expect(roleChangeProblem([admin, registrar], registrar, 'registrar')).toBe('same-role');
  });
});

describe('the new user form', () => {
  it('asks for a name and a passphrase that is not made of the names on screen', () => {
    const values = { name: 'Karim Benali', role: 'registrar' as const, passphrase: 'karim benali central', confirmation: 'karim benali central' };
    expect(validateNewUser(values, 'Central Prison').errors).toEqual({ passphrase: 'lock.passphrase.errors.tooWeak' });
    expect(validateNewUser({ ...values, passphrase: 'quiet harbour lantern', confirmation: 'quiet harbour lantern' }, 'Central Prison')).toEqual({
      errors: {},
      name: 'Karim Benali',
    });
  });
});
