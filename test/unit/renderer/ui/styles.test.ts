/**
 * The stylesheet uses logical properties only, so <html dir="rtl"> mirrors every layout.
 * A physical property (margin-left, width, text-align: right…) would stay put in Arabic.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENTRY = resolve(import.meta.dirname, '../../../../renderer/ui/styles.css');

/** The stylesheet with its @imports inlined, as Vite bundles it. */
function readStylesheet(path: string): string {
  return readFileSync(path, 'utf8').replace(/@import '([^']+)';/g, (_, file: string) => readStylesheet(resolve(dirname(path), file)));
}

const css = readStylesheet(ENTRY).replace(/\/\*[\s\S]*?\*\//g, '');
const declarations = [...css.matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/g)].map((match) => ({ property: match[1]!, value: match[2]!.trim() }));

const PHYSICAL_PROPERTY =
  /^((margin|padding|border)-(left|right|top|bottom)(-.*)?|left|right|top|bottom|(min-|max-)?(width|height)|border-(top|bottom)-(left|right)-radius|overflow-x|overflow-y)$/;
const PHYSICAL_VALUE = /^(float|clear|text-align|caption-side|resize)$/;

describe('renderer/ui/styles.css and its imports', () => {
  it('found the declarations to check', () => {
    expect(declarations.length).toBeGreaterThan(100);
  });

  it('uses no physical box properties', () => {
    // Horizontal scrolling is the same axis in both directions (the browser flips its origin),
    // and overflow-inline is not yet in every Chromium this runs on.
    const allowed = new Set(['overflow-x']);
    expect(declarations.filter(({ property }) => PHYSICAL_PROPERTY.test(property) && !allowed.has(property))).toEqual([]);
  });

  it('aligns and floats only to start and end', () => {
    expect(declarations.filter(({ property, value }) => PHYSICAL_VALUE.test(property) && /\b(left|right)\b/.test(value))).toEqual([]);
  });

  it('keeps body text at 16px or more', () => {
    const bodySize = /body\s*\{[^}]*font-size:\s*([\d.]+)rem/.exec(css)?.[1];
    expect(Number(bodySize) * 16).toBeGreaterThanOrEqual(16);
  });

  it('gives every focused control a visible ring', () => {
    expect(css).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid/);
  });
});
