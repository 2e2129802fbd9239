import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { MAX_REPORTED_PROBLEMS, TEMPLATE_FILE_MAX_CHARS, parseTemplate } from '@shared/inspection/parseTemplate';
import type { TemplateProblem } from '@shared/inspection/templateProblems';
import { formatPath } from '@shared/inspection/templateProblems';
import { DEFAULT_TEMPLATE } from '@shared/inspection/templates/builtInTemplates';
import { aTemplate, aTemplateItem } from '../../../builders/inspection';

type Json = Record<string, unknown>;

/** A valid template as a mutable JSON object, to break one member at a time. */
function templateJson(): Json {
  return JSON.parse(JSON.stringify(aTemplate())) as Json;
}

function problemsOf(text: string): TemplateProblem[] {
  const result = parseTemplate(text);
  if (result.ok) throw new Error('expected problems');
  return result.error;
}

function problemsOfJson(mutate: (json: Json) => void): TemplateProblem[] {
  const json = templateJson();
  mutate(json);
  return problemsOf(JSON.stringify(json, null, 2));
}

function firstItem(json: Json): Json {
  const sections = json['sections'] as Json[];
  return (sections[0]?.['items'] as Json[])[0] as Json;
}

describe('parseTemplate accepts', () => {
  it('canonical JSON, pretty-printed JSON and a leading byte-order mark', () => {
    const template = aTemplate();
    expect(parseTemplate(canonicalJson(template))).toEqual({ ok: true, value: template });
    expect(parseTemplate(JSON.stringify(template, null, 2))).toEqual({ ok: true, value: template });
    expect(parseTemplate(`\uFEFF${JSON.stringify(template)}`).ok).toBe(true);
  });

  it('a national copy of the default template under its own id', () => {
    const copy = { ...DEFAULT_TEMPLATE, id: 'national.profile', version: 3 };
    expect(parseTemplate(JSON.stringify(copy)).ok).toBe(true);
  });
});

describe('parseTemplate refuses unreadable files:', () => {
  it('a file that is not JSON', () => {
    expect(problemsOf('{"id": "org.sample",')).toEqual([{ code: 'syntax', path: '$', params: {} }]);
    expect(problemsOf('')).toEqual([{ code: 'syntax', path: '$', params: {} }]);
    expect(problemsOf('id: org.sample')[0]?.code).toBe('syntax');
  });

  it('JSON that is not an object', () => {
    expect(problemsOf('[]')).toEqual([{ code: 'wrong-type', path: '$', params: { expected: 'object' } }]);
    expect(problemsOf('null')[0]?.code).toBe('wrong-type');
  });

  it('a file over the size cap, before parsing it', () => {
    const text = ' '.repeat(TEMPLATE_FILE_MAX_CHARS + 1);
    expect(problemsOf(text)).toEqual([{ code: 'too-large', path: '$', params: { maximum: TEMPLATE_FILE_MAX_CHARS } }]);
  });

  it('nesting too deep and lone surrogates', () => {
    expect(problemsOf(`{"x":${'['.repeat(100)}${']'.repeat(100)}}`)[0]?.code).toBe('too-deep');
    expect(problemsOf('{"id":"\\ud800"}')).toEqual([{ code: 'lone-surrogate', path: '$.id', params: {} }]);
  });

  it('reserved member names anywhere, even in hand-written JSON', () => {
    const text = JSON.stringify(aTemplate()).replace('"id":"water.storage"', '"__proto__":{"polluted":true},"id":"water.storage"');
    expect(problemsOf(text)).toEqual([{ code: 'reserved-key', path: '$.sections[0].items[0].__proto__', params: {} }]);
    expect(problemsOf('{"constructor": 1}')).toEqual([{ code: 'reserved-key', path: '$.constructor', params: {} }]);
    expect(({} as Json)['polluted']).toBeUndefined();
  });
});

describe('parseTemplate refuses, with located problems, templates that break the schema:', () => {
  it('a version of the wrong type', () => {
    expect(problemsOfJson((json) => (json['version'] = '1'))).toEqual([
      { code: 'wrong-type', path: '$.version', params: { expected: 'number' } },
    ]);
    expect(problemsOfJson((json) => (json['version'] = 1.5))[0]).toMatchObject({ code: 'wrong-type', params: { expected: 'int' } });
    expect(problemsOfJson((json) => (json['version'] = 0))[0]).toMatchObject({ code: 'too-small', params: { minimum: 1 } });
  });

  it('duplicate item ids, naming the second one', () => {
    const problems = problemsOfJson((json) => {
      const sections = json['sections'] as Json[];
      (sections[1]?.['items'] as Json[])[0] = aTemplateItem({ id: 'water.storage' });
    });
    expect(problems).toEqual([{ code: 'duplicate-id', path: '$.sections[1].items[0].id', params: { id: 'water.storage' } }]);
  });

  it('duplicate section ids', () => {
    const problems = problemsOfJson((json) => ((json['sections'] as Json[])[1]!['id'] = 'water'));
    expect(problems).toEqual([{ code: 'duplicate-id', path: '$.sections[1].id', params: { id: 'water' } }]);
  });

  it('an unknown item kind, listing the allowed ones', () => {
    const problems = problemsOfJson((json) => (firstItem(json)['kind'] = 'yes_no'));
    expect(problems).toEqual([
      { code: 'not-allowed', path: '$.sections[0].items[0].kind', params: { allowed: 'assessment, number, count, text' } },
    ]);
  });

  it('missing and empty labels', () => {
    const missing = problemsOfJson((json) => delete (firstItem(json)['label'] as Json)['fr']);
    expect(missing).toEqual([{ code: 'missing', path: '$.sections[0].items[0].label.fr', params: {} }]);
    const noLabel = problemsOfJson((json) => delete firstItem(json)['label']);
    expect(noLabel).toEqual([{ code: 'missing', path: '$.sections[0].items[0].label', params: {} }]);
    const empty = problemsOfJson((json) => ((firstItem(json)['label'] as Json)['ar'] = ''));
    expect(empty).toEqual([{ code: 'too-short', path: '$.sections[0].items[0].label.ar', params: { minimum: 1 } }]);
  });

  it('a reserved name as an item id, since ids become answer keys', () => {
    const problems = problemsOfJson((json) => (firstItem(json)['id'] = 'constructor'));
    expect(problems).toEqual([{ code: 'reserved-key', path: '$.sections[0].items[0].id', params: {} }]);
  });

});

describe('parseTemplate refuses, with located problems, templates with wrong members:', () => {
  it('unknown members, naming them', () => {
    const problems = problemsOfJson((json) => (json['author'] = 'x'));
    expect(problems).toEqual([{ code: 'unknown-key', path: '$', params: { keys: 'author' } }]);
  });

  it('a number item without a unit, and kind-specific members on the wrong kind', () => {
    expect(problemsOfJson((json) => (firstItem(json)['kind'] = 'number'))).toEqual([
      { code: 'unit-required', path: '$.sections[0].items[0].unit', params: {} },
    ]);
    const countWithIndicator = problemsOfJson((json) => Object.assign(firstItem(json), { kind: 'count', indicator: 'occupancy' }));
    expect(countWithIndicator[0]).toMatchObject({ code: 'indicator-not-allowed', path: '$.sections[0].items[0].indicator' });
    const textWithBetter = problemsOfJson((json) => Object.assign(firstItem(json), { kind: 'text', better: 'higher' }));
    expect(textWithBetter[0]?.code).toBe('better-not-allowed');
  });

  it('an unknown category, force or indicator', () => {
    expect(problemsOfJson((json) => ((json['sections'] as Json[])[0]!['category'] = 'kitchens'))[0]).toMatchObject({
      code: 'not-allowed',
      path: '$.sections[0].category',
    });
    const force = problemsOfJson((json) => ((firstItem(json)['source'] as Json[])[0]!['force'] = 'mandatory'));
    expect(force[0]).toMatchObject({ code: 'not-allowed', path: '$.sections[0].items[0].source[0].force' });
    expect(problemsOfJson((json) => (firstItem(json)['indicator'] = 'kcal'))[0]?.code).toBe('not-allowed');
  });

  it('a template with no sections, or an item with no source', () => {
    expect(problemsOfJson((json) => (json['sections'] = []))).toEqual([
      { code: 'too-few', path: '$.sections', params: { minimum: 1 } },
    ]);
    expect(problemsOfJson((json) => (firstItem(json)['source'] = []))[0]).toMatchObject({ code: 'too-few' });
  });

  it('ids in the wrong format', () => {
    expect(problemsOfJson((json) => (json['id'] = 'Org Sample'))).toEqual([
      { code: 'bad-format', path: '$.id', params: { format: 'regex' } },
    ]);
  });

  it('control and bidi-control characters in labels', () => {
    const problems = problemsOfJson((json) => ((firstItem(json)['label'] as Json)['en'] = 'Clean\u202Edirty'));
    expect(problems).toEqual([{ code: 'invalid-text', path: '$.sections[0].items[0].label.en', params: {} }]);
  });

  it('ids reserved for built-in templates', () => {
    const copy = { ...DEFAULT_TEMPLATE, version: 2 };
    expect(problemsOf(JSON.stringify(copy))).toEqual([{ code: 'reserved-template-id', path: '$.id', params: {} }]);
  });

});

describe('parseTemplate problems', () => {
  it('never repeat the file’s values', () => {
    const problems = problemsOfJson((json) => {
      json['version'] = 'SECRET-VERSION';
      (firstItem(json)['label'] as Json)['en'] = 'SECRET\u0007LABEL';
    });
    expect(problems.map((p) => p.code)).toEqual(['wrong-type', 'invalid-text']);
    expect(JSON.stringify(problems)).not.toContain('SECRET');
  });

  it('stop at MAX_REPORTED_PROBLEMS', () => {
    const many = Array.from({ length: 80 }, (_, index) => ({ id: `s${index}`, category: 'x', title: 1, items: [] }));
    const problems = problemsOfJson((json) => (json['sections'] = many));
    expect(problems).toHaveLength(MAX_REPORTED_PROBLEMS);
  });

  it('format odd member names escaped and shortened', () => {
    expect(formatPath(['sections', 0, 'items'])).toBe('$.sections[0].items');
    expect(formatPath(['a b', 'x'.repeat(60)])).toBe(`$["a b"]["${'x'.repeat(40)}"]`);
  });
});

describe('parseTemplate never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(typeof parseTemplate(text).ok).toBe('boolean');
      }),
    );
  });

  it('on arbitrary JSON values and on a valid template with one member replaced', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 7 }), (value, slot) => {
        expect(typeof parseTemplate(JSON.stringify(value)).ok).toBe('boolean');
        const json = templateJson();
        const keys = ['id', 'version', 'title', 'sections'];
        if (slot < keys.length) json[keys[slot]!] = value;
        else firstItem(json)[['kind', 'label', 'source', 'unit'][slot - keys.length]!] = value;
        const result = parseTemplate(JSON.stringify(json));
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
    );
  });
});
