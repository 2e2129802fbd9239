import { describe, expect, it } from 'vitest';
import { ADMISSION_FIELDS, STANDARDS_MAP, standardsFor, strongestForce } from '@shared/custody/standardsMap';
import { CUSTODY_EVENT_TYPE_NAMES } from '@shared/custody/eventTypes';
import { getAtPath } from '@shared/custody/jsonPath';
import { anAdmissionPayload } from '../../../builders/custody';

/** Paths of the Known fields and plain members of an admission, one level inside each section. */
function admissionFieldPaths(): string[] {
  const payload = anAdmissionPayload() as unknown as Record<string, Record<string, unknown>>;
  return Object.entries(payload).flatMap(([section, members]) =>
    section === 'registerNumber' ? [section] : Object.keys(members).map((member) => `${section}.${member}`),
  );
}

describe('standards map', () => {
  it('maps every admission field and only those', () => {
    const paths = admissionFieldPaths();
    expect(new Set(ADMISSION_FIELDS.map((field) => field.id))).toEqual(new Set(paths));
    for (const field of ADMISSION_FIELDS) {
      expect(field.sources.length, field.id).toBeGreaterThan(0);
      expect(getAtPath(anAdmissionPayload(), field.id), field.id).toBeDefined();
    }
  });

  it('maps every later event type', () => {
    for (const type of CUSTODY_EVENT_TYPE_NAMES.filter((name) => name !== 'custody.admitted')) {
      expect(standardsFor(type).length, type).toBeGreaterThan(0);
    }
  });

  it('cites the CED Art. 17(3) minimum content as binding', () => {
    for (const id of ['identity.familyName', 'arrest.at', 'arrest.authority', 'legalBasis.orderingAuthority', 'legalBasis.grounds', 'legalBasis.supervisingAuthority', 'admission.at', 'health.conditions']) {
      expect(strongestForce(id), id).toBe('binding');
      expect(standardsFor(id).some((ref) => ref.instrument.startsWith('ICPPED art. 17(3)')), id).toBe(true);
    }
    expect(standardsFor('custody.died').some((ref) => ref.instrument === 'ICPPED art. 17(3)(g), 18(1)(g)')).toBe(true);
  });

  it('labels soft law as standard and guidance as recommendation', () => {
    expect(strongestForce('health.visibleInjuries')).toBe('standard');
    expect(standardsFor('health.visibleInjuries')).toEqual([{ instrument: 'Mandela Rule 7(d)', force: 'standard' }]);
    expect(strongestForce('admission.escortingAuthority')).toBe('recommendation');
    expect(strongestForce('unknown.field')).toBeUndefined();
  });

  it('flags the citations domain.md leaves unconfirmed', () => {
    const flagged = (id: string, instrument: string) =>
      standardsFor(id).find((ref) => ref.instrument === instrument)?.toVerify;
    expect(flagged('registerNumber', 'Mandela Rule 6')).toBe(true);
    expect(flagged('custody.interrogation_recorded', 'Body of Principles 23')).toBe(true);
    expect(flagged('custody.transferred_out', 'ICPPED art. 17(3)(h)')).toBe(true);
    expect(flagged('custody.transferred_out', 'ICPPED art. 18(1)(d)')).toBeUndefined();
    expect(flagged('health.visibleInjuries', 'Mandela Rule 7(d)')).toBeUndefined();
  });

  it('cites only instruments that domain.md names', () => {
    const known = /^(ICPPED|ICCPR|HRC |Mandela Rule|Body of Principles|GCIII|GCIV|AP II|CIHL|Havana\/JDL|Bangkok Rule|CPT|APT|ICRC|NIAC access|Habeas design)/;
    for (const [id, refs] of STANDARDS_MAP) {
      for (const ref of refs) expect(ref.instrument, `${id}: ${ref.instrument}`).toMatch(known);
    }
  });
});
