import { describe, expect, it } from 'vitest';
import { USER_ROLES } from '@shared/ledger/coreEventTypes';
import { can, CAPABILITIES } from '../../../../renderer/vault/permissions';

describe('role permissions', () => {
  it('lets only medical staff see or write the medical section', () => {
    expect(USER_ROLES.filter((role) => can(role, 'medical.read'))).toEqual(['medical']);
    expect(USER_ROLES.filter((role) => can(role, 'medical.write'))).toEqual(['medical']);
  });

  it('never lets an adviser or medical staff write register entries', () => {
    expect(can('adviser', 'register.write')).toBe(false);
    expect(can('medical', 'register.write')).toBe(false);
    expect(can('registrar', 'register.write')).toBe(true);
  });

  it('gives user management and the security settings to administrators only', () => {
    expect(USER_ROLES.filter((role) => can(role, 'users.manage'))).toEqual(['administrator']);
    expect(USER_ROLES.filter((role) => can(role, 'security.manage'))).toEqual(['administrator']);
  });

  it('lets every role read the register, and gives every capability to someone', () => {
    expect(USER_ROLES.every((role) => can(role, 'register.read'))).toBe(true);
    expect(CAPABILITIES.filter((capability) => !USER_ROLES.some((role) => can(role, capability)))).toEqual([]);
  });
});
