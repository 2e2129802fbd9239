import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '@shared/inspection/indicatorDefinitions';
import { DEFAULT_PROFILE, INDICATOR_PROFILES, editThreshold, indicatorProfileSchema } from '@shared/inspection/indicatorProfiles';
import { INSTRUMENT_FORCE } from '@shared/inspection/sources';

describe('built-in threshold profiles', () => {
  it.each(Object.values(INDICATOR_PROFILES))('$id passes the profile schema and cites a source for every figure', (profile) => {
    expect(indicatorProfileSchema.safeParse(profile).success).toBe(true);
    for (const id of INDICATOR_IDS) {
      const { sources } = profile.thresholds[id];
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        expect(INSTRUMENT_FORCE[source.instrument as keyof typeof INSTRUMENT_FORCE]).toBe(source.force);
      }
    }
  });

  it('uses the ICRC figures by default', () => {
    expect(DEFAULT_PROFILE.id).toBe('icrc');
    expect(DEFAULT_PROFILE.thresholds.floor_space_dormitory.target).toBe(3.4);
    expect(DEFAULT_PROFILE.thresholds.floor_space_single_cell.target).toBe(5.4);
    expect(DEFAULT_PROFILE.thresholds.drinking_water).toMatchObject({ target: 5, amberLimit: 3 });
    expect(DEFAULT_PROFILE.thresholds.outdoor_hours.target).toBe(1);
  });

  it('marks the figures domain.md leaves unconfirmed as to verify, and only those', () => {
    const toVerify = INDICATOR_IDS.filter((id) => DEFAULT_PROFILE.thresholds[id].toVerify);
    expect(toVerify).toEqual(['people_per_toilet', 'people_per_shower', 'meals_per_day']);
  });

  it('differs in the CPT profile only by floor space', () => {
    const { cpt, icrc } = INDICATOR_PROFILES;
    expect(cpt.thresholds.floor_space_dormitory.target).toBe(4);
    expect(cpt.thresholds.floor_space_single_cell.target).toBe(6);
    const others = INDICATOR_IDS.filter((id) => !id.startsWith('floor_space'));
    for (const id of others) expect(cpt.thresholds[id]).toEqual(icrc.thresholds[id]);
  });
});

describe('editThreshold', () => {
  it('changes one figure, marks it edited and leaves the original profile alone', () => {
    const edited = editThreshold(DEFAULT_PROFILE, 'people_per_toilet', { target: 20 });
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    expect(edited.value.thresholds.people_per_toilet).toMatchObject({ target: 20, amberLimit: 50, edited: true, toVerify: true });
    expect(DEFAULT_PROFILE.thresholds.people_per_toilet.target).toBe(25);
    expect(DEFAULT_PROFILE.thresholds.people_per_toilet.edited).toBeUndefined();
  });

  it('removes the amber band with null and sets one with a number', () => {
    const removed = editThreshold(DEFAULT_PROFILE, 'drinking_water', { target: 5, amberLimit: null });
    expect(removed.ok && removed.value.thresholds.drinking_water.amberLimit).toBeUndefined();
    const added = editThreshold(DEFAULT_PROFILE, 'floor_space_dormitory', { target: 3.4, amberLimit: 2.5 });
    expect(added.ok && added.value.thresholds.floor_space_dormitory.amberLimit).toBe(2.5);
  });

  it.each([
    ['an amber limit above a higher-is-better target', 'drinking_water', { target: 5, amberLimit: 6 }],
    ['an amber limit below a lower-is-better target', 'people_per_toilet', { target: 25, amberLimit: 20 }],
    ['a negative target', 'meals_per_day', { target: -1 }],
    ['a non-finite target', 'meals_per_day', { target: Number.POSITIVE_INFINITY }],
  ] as const)('refuses %s', (_, id, change) => {
    expect(editThreshold(DEFAULT_PROFILE, id, change)).toEqual({ ok: false, error: 'invalid-threshold' });
  });
});
