import { describe, expect, it } from 'vitest';
import { validateAdmin } from '../../../../../renderer/features/setup/adminForm';
import { emptyFacilityForm, parseCapacity, validateFacility } from '../../../../../renderer/features/setup/facilityForm';
import type { FacilityFormValues } from '../../../../../renderer/features/setup/facilityForm';

const FILLED: FacilityFormValues = {
  ...emptyFacilityForm('Africa/Tunis'),
  name: '  Prison centrale de Tunis ',
  code: 'PC-01',
  registerPrefix: 'pct',
  location: 'Tunis',
  responsibleAuthority: 'Ministère de la Justice',
  officialCapacity: '٤٥٠',
};

describe('the facility form', () => {
  it('says, field by field, what to do when nothing is filled in', () => {
    expect(validateFacility(emptyFacilityForm('Africa/Tunis')).errors).toEqual({
      name: 'setup.facility.errors.nameRequired',
      code: 'setup.facility.errors.codeRequired',
      registerPrefix: 'setup.facility.errors.prefixFormat',
      location: 'setup.facility.errors.locationRequired',
      responsibleAuthority: 'setup.facility.errors.authorityRequired',
      officialCapacity: 'setup.facility.errors.capacity',
    });
  });

  it('gives a profile the ledger accepts: trimmed, NFC, prefix in capitals, Arabic-Indic digits read', () => {
    const { errors, profile } = validateFacility({ ...FILLED, name: 'Prison de Sfax e\u0301' });
    expect(errors).toEqual({});
    expect(profile).toMatchObject({ name: 'Prison de Sfax é', registerPrefix: 'PCT', officialCapacity: 450, timeZone: 'Africa/Tunis' });
  });

  it('refuses hidden control characters, bad prefixes, capacities out of range and unknown zones', () => {
    const { errors } = validateFacility({ ...FILLED, name: 'Prison\u202Enoisrp', registerPrefix: 'PC 1', officialCapacity: '1000001', timeZone: 'Mars/Olympus' });
    expect(errors).toEqual({
      name: 'setup.errors.control',
      registerPrefix: 'setup.facility.errors.prefixFormat',
      officialCapacity: 'setup.facility.errors.capacity',
      timeZone: 'setup.facility.errors.timeZone',
    });
    expect(parseCapacity('12.5')).toBeUndefined();
    expect(parseCapacity('0')).toBe(0);
  });
});

describe('the administrator form', () => {
  it('asks for a name, a strong enough passphrase and the same one twice', () => {
    expect(validateAdmin({ name: ' ', passphrase: 'short', confirmation: '' }, 'Central Prison').errors).toEqual({
      name: 'setup.admin.errors.nameRequired',
      passphrase: 'lock.passphrase.errors.tooShort',
      confirmation: 'lock.passphrase.errors.confirmationRequired',
    });
    expect(validateAdmin({ name: 'Amina', passphrase: 'central prison amina', confirmation: 'x' }, 'Central Prison').errors).toEqual({
      passphrase: 'lock.passphrase.errors.tooWeak',
      confirmation: 'lock.passphrase.errors.mismatch',
    });
  });

  it('accepts a good passphrase typed twice, in either Unicode form', () => {
    const result = validateAdmin({ name: ' Amina Haddad ', passphrase: 'cafe\u0301 river stone', confirmation: 'café river stone' }, 'X');
    expect(result).toEqual({ errors: {}, name: 'Amina Haddad' });
  });
});
