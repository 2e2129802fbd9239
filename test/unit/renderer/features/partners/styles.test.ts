/**
 * The partners stylesheet follows the design system's rule (test/unit/renderer/ui/styles.test.ts):
 * logical properties only, so Arabic mirrors every layout, including the printed report.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../../../../renderer/features/partners/partners.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const declarations = [...css.matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/g)].map((match) => ({ property: match[1]!, value: match[2]!.trim() }));

const PHYSICAL_PROPERTY =
  /^((margin|padding|border)-(left|right|top|bottom)(-.*)?|left|right|top|bottom|(min-|max-)?(width|height)|border-(top|bottom)-(left|right)-radius|overflow-x|overflow-y)$/;

describe('renderer/features/partners/partners.css', () => {
  it('found the declarations to check', () => {
    expect(declarations.length).toBeGreaterThan(40);
  });

  it('uses no physical box properties and aligns only to start and end', () => {
    expect(declarations.filter(({ property }) => PHYSICAL_PROPERTY.test(property))).toEqual([]);
    expect(declarations.filter(({ property, value }) => /^(float|clear|text-align|caption-side|resize)$/.test(property) && /\b(left|right)\b/.test(value))).toEqual([]);
  });

  it('prints the report alone, and only while a report is on screen', () => {
    expect(css).toMatch(/@media print[\s\S]*\.partners-report \*[\s\S]*visibility: visible/);
    expect(css).toMatch(/:root:has\(\.partners-report\) :is\([^)]*\.app-nav[^)]*\)\s*\{\s*display: none;/);
  });
});
