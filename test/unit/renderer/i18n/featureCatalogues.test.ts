import { describe, expect, it } from 'vitest';
import { mergeCatalogues } from '../../../../renderer/i18n/featureCatalogues';

describe('feature catalogues', () => {
  it('nest each feature under its name beside the core strings', () => {
    const merged = mergeCatalogues({ app: { name: 'Habeas' } }, { register: { title: 'Register' } });
    expect(merged).toEqual({ app: { name: 'Habeas' }, register: { title: 'Register' } });
  });

  it('refuse a feature whose name would hide a core key', () => {
    expect(() => mergeCatalogues({ settings: { title: 'Settings' } }, { settings: { title: 'x' } })).toThrow(/collides/);
  });
});
