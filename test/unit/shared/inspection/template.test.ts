import { describe, expect, it } from 'vitest';
import { INSPECTION_CATEGORIES } from '@shared/inspection/categories';
import { INDICATOR_IDS } from '@shared/inspection/indicatorDefinitions';
import { INSTRUMENT_FORCE, cite, formatCitation, strongestForce } from '@shared/inspection/sources';
import {
  isItemApplicable,
  templateContentHash,
  templateItems,
  templateRefOf,
  templateSchema,
} from '@shared/inspection/template';
import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE, findBuiltInTemplate, latestBuiltInTemplates } from '@shared/inspection/templates/builtInTemplates';
import { DEFAULT_TEMPLATE_V1 } from '@shared/inspection/templates/defaultTemplate';
import { aTemplate, aTemplateItem } from '../../../builders/inspection';

const ARABIC_LETTER = /[\u0600-\u06FF]/;
const items = templateItems(DEFAULT_TEMPLATE).map(({ item }) => item);

describe('the default template', () => {
  it('passes the template schema', () => {
    expect(templateSchema.safeParse(DEFAULT_TEMPLATE).success).toBe(true);
    for (const template of BUILT_IN_TEMPLATES) expect(templateSchema.safeParse(template).success).toBe(true);
  });

  it('covers every category of domain.md §3.2', () => {
    const categories = new Set(DEFAULT_TEMPLATE.sections.map((section) => section.category));
    expect([...categories].sort()).toEqual(INSPECTION_CATEGORIES.filter((category) => category !== 'other').sort());
  });

  it('cites every item’s sources with the force domain.md gives the instrument', () => {
    for (const item of items) {
      expect(item.source.length, item.id).toBeGreaterThan(0);
      for (const source of item.source) {
        const known = INSTRUMENT_FORCE[source.instrument as keyof typeof INSTRUMENT_FORCE];
        expect(known, `${item.id} ${source.instrument}`).toBe(source.force);
      }
    }
  });

  it('uses all three forces and marks references domain.md leaves unconfirmed', () => {
    const forces = new Set(items.flatMap((item) => item.source.map((source) => source.force)));
    expect([...forces].sort()).toEqual(['binding', 'recommendation', 'standard']);
    const outdoor = items.find((item) => item.id === 'regime.outdoor_hour');
    expect(outdoor?.source).toContainEqual({ instrument: 'SMR', ref: '23', force: 'standard', toVerify: true });
    const register = items.find((item) => item.id === 'safeguards.register_kept');
    expect(register?.source[0]).toEqual({ instrument: 'CED', ref: '17(3)', force: 'binding' });
  });

  it('has real French and Arabic labels', () => {
    for (const item of items) {
      expect(item.label.fr, item.id).not.toBe(item.label.en);
      expect(item.label.ar, item.id).toMatch(ARABIC_LETTER);
    }
    for (const section of DEFAULT_TEMPLATE.sections) expect(section.title.ar).toMatch(ARABIC_LETTER);
  });

  it('uses every item kind and links every measured indicator from an item', () => {
    expect(new Set(items.map((item) => item.kind))).toEqual(new Set(['assessment', 'number', 'count', 'text']));
    const linked = new Set(items.flatMap((item) => (item.indicator === undefined ? [] : [item.indicator])));
    expect([...linked].sort()).toEqual([...INDICATOR_IDS].sort());
  });

  it('keeps version 1 exactly as released', () => {
    // A failure here means a released template was edited: restore it and add version 2 instead.
    expect(templateContentHash(DEFAULT_TEMPLATE_V1)).toBe('0be79311c65426d4b47b15035ffeb59ca6f3a353d3772267a64a4849b769700e');
  });
});

describe('built-in template lookup', () => {
  it('finds a built-in template only by matching id, version and hash', () => {
    const ref = templateRefOf(DEFAULT_TEMPLATE);
    expect(findBuiltInTemplate(ref)).toBe(DEFAULT_TEMPLATE);
    expect(findBuiltInTemplate({ ...ref, version: 2 })).toBeUndefined();
    expect(findBuiltInTemplate({ ...ref, contentHash: '0'.repeat(64) })).toBeUndefined();
    expect(latestBuiltInTemplates()).toEqual([DEFAULT_TEMPLATE]);
  });

  it('gives different content different hashes', () => {
    const other = aTemplate({ title: { en: 'Other', fr: 'Autre', ar: 'أخرى' } });
    expect(templateContentHash(other)).not.toBe(templateContentHash(aTemplate()));
    expect(templateContentHash(aTemplate())).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('item applicability by legal regime', () => {
  it('applies items without appliesTo everywhere and others only under their regimes', () => {
    const iacOnly = aTemplateItem({ appliesTo: ['iac'] });
    expect(isItemApplicable(iacOnly, 'iac')).toBe(true);
    expect(isItemApplicable(iacOnly, 'criminal')).toBe(false);
    expect(isItemApplicable(iacOnly, undefined)).toBe(true);
    expect(isItemApplicable(aTemplateItem(), 'niac')).toBe(true);
  });

  it('marks the IHL items of the default template', () => {
    const capture = items.find((item) => item.id === 'contact.capture_cards');
    expect(capture?.appliesTo).toEqual(['iac']);
    const judge = items.find((item) => item.id === 'safeguards.judicial_appearance');
    expect(judge?.appliesTo).toEqual(['criminal']);
  });
});

describe('citations', () => {
  it('formats and ranks citations', () => {
    expect(formatCitation(cite('SMR', '43(2)'))).toBe('SMR 43(2)');
    expect(formatCitation(cite('APT-DFD'))).toBe('APT-DFD');
    expect(cite('CIHL', 'R.125')).toEqual({ instrument: 'CIHL', ref: 'R.125', force: 'binding' });
    expect(strongestForce([cite('APT-DFD'), cite('SMR', '11')])).toBe('standard');
    expect(strongestForce([])).toBeUndefined();
  });
});
