/** The oversight stylesheet uses logical properties only, as renderer/ui/styles does, so Arabic mirrors it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../../../../renderer/features/oversight/oversight.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const declarations = [...css.matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/g)].map((match) => ({ property: match[1]!, value: match[2]!.trim() }));
const PHYSICAL_PROPERTY =
  /^((margin|padding|border)-(left|right|top|bottom)(-.*)?|left|right|top|bottom|(min-|max-)?(width|height)|border-(top|bottom)-(left|right)-radius|overflow-x|overflow-y)$/;

describe('renderer/features/oversight/oversight.css', () => {
  it('has declarations to check', () => {
    expect(declarations.length).toBeGreaterThan(40);
  });

  it('uses no physical box properties, and no left or right values', () => {
    expect(declarations.filter(({ property }) => PHYSICAL_PROPERTY.test(property))).toEqual([]);
    expect(declarations.filter(({ value }) => /\b(left|right)\b/.test(value))).toEqual([]);
  });

  it('uses no margin or padding shorthand with different sides', () => {
    expect(declarations.filter(({ property, value }) => /^(margin|padding)$/.test(property) && value.split(/\s+/).length > 1)).toEqual([]);
  });
});
