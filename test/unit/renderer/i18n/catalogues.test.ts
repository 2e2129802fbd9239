/**
 * The three catalogues stay complete and in step, and every key is used: a key that no
 * code names, or a `t('…')` that names no key, fails here. Keys are found as string
 * literals in renderer/ (translationKey.ts types `t()` so keys cannot be built at run time;
 * keys chosen by value live in typed maps such as PLATFORM_ERROR_MESSAGE_KEYS).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../../renderer/i18n/createI18n';
import { LANGUAGE_CODES } from '../../../../renderer/i18n/languages';

const TRANSLATIONS = LANGUAGE_CODES.filter((code) => code !== 'en');
const RENDERER = resolve(import.meta.dirname, '../../../../renderer');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** Strings that are the same in every script: the product name, program names, a title pattern. */
const SAME_IN_ARABIC = new Set(['app.name', 'settings.about.electronVersion', 'settings.about.nodeVersion', 'frame.documentTitle']);

function flatten(node: unknown, prefix = ''): Map<string, unknown> {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return new Map([[prefix, node]]);
  return new Map(Object.entries(node).flatMap(([key, child]) => [...flatten(child, prefix ? `${prefix}.${key}` : key)]));
}

const entries = Object.fromEntries(LANGUAGE_CODES.map((code) => [code, flatten(CATALOGUES[code])]));
const baseKeys = (code: string): string[] => [...new Set([...entries[code]!.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();

function variables(code: string, base: string): string[] {
  const texts = [...entries[code]!].filter(([key]) => key.replace(PLURAL_SUFFIX, '') === base).map(([, text]) => String(text));
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]!)))].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const sources = sourceFiles(RENDERER).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const literals = new Set(sources.flatMap(({ text }) => [...text.matchAll(/['"`]([A-Za-z][\w-]*(?:\.[\w-]+)+)['"`]/g)].map((match) => match[1]!)));
const calledKeys = sources.flatMap(({ path, text }) =>
  [...text.matchAll(/\bt\(\s*['"`]([^'"`]+)['"`]|i18nKey=["']([^"']+)["']/g)].map((match) => ({ path, key: (match[1] ?? match[2])! })),
);

describe('translation catalogues', () => {
  it.each(TRANSLATIONS)('%s has exactly the keys of English', (code) => {
    expect(baseKeys(code)).toEqual(baseKeys('en'));
  });

  it.each(TRANSLATIONS)('%s uses the same interpolation variables as English', (code) => {
    const mismatched = baseKeys('en').filter((base) => variables(code, base).join() !== variables('en', base).join());
    expect(mismatched).toEqual([]);
  });

  it.each(LANGUAGE_CODES)('%s has every plural form its language needs', (code) => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    const pluralBases = [...entries[code]!.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, ''));
    const missing = [...new Set(pluralBases)].flatMap((base) => categories.filter((c) => !entries[code]!.has(`${base}_${c}`)).map((c) => `${base}_${c}`));
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGE_CODES)('%s has no empty or non-text entries', (code) => {
    const bad = [...entries[code]!].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('Arabic is written in Arabic, not copied from another catalogue', () => {
    const untranslated = [...entries.ar!].filter(([key, text]) => !SAME_IN_ARABIC.has(key) && !/[\u0600-\u06FF]/.test(String(text)));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it('every key named in code exists', () => {
    const known = new Set(baseKeys('en'));
    expect(calledKeys.filter(({ key }) => !known.has(key))).toEqual([]);
  });

  it('every key is used somewhere in renderer/', () => {
    expect(baseKeys('en').filter((key) => !literals.has(key))).toEqual([]);
  });

  it('no translation key is assembled at run time', () => {
    const dynamic = sources.filter(({ text }) => /\bt\(\s*`[^`]*\$\{/.test(text)).map(({ path }) => path);
    expect(dynamic).toEqual([]);
  });
});
