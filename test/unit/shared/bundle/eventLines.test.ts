/**
 * parseEventLines decodes complete lines in batches and releases the file as it goes; its
 * verdict must be the one of reading each line on its own, whatever the pieces the file
 * comes in and wherever a bad line falls relative to the batches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEventLines } from '@shared/bundle/eventsFile';
import { CanonicalJsonError, parseCanonicalBytes } from '@shared/crypto/canonicalJson';
import { concatBytes, utf8Encode } from '@shared/util/bytes';

const MAX_LINE = 2048;
const LF = 0x0a;

/** The verdict of reading the file one line at a time: values, or the first bad line and why. */
function reference(file: Uint8Array): { ok: true; values: unknown[] } | { ok: false; line: number; reason: string } {
  const values: unknown[] = [];
  let start = 0;
  for (let at = file.indexOf(LF); at >= 0; at = file.indexOf(LF, start)) {
    const line = values.length + 1;
    const bytes = file.subarray(start, at);
    if (bytes.length > MAX_LINE) return { ok: false, line, reason: 'line-too-long' };
    if (bytes.length === 0) return { ok: false, line, reason: 'empty-line' };
    try {
      values.push(parseCanonicalBytes(bytes));
    } catch (error) {
      if (!(error instanceof CanonicalJsonError)) throw error;
      return { ok: false, line, reason: error.code };
    }
    start = at + 1;
  }
  if (start === file.length) return { ok: true, values };
  return { ok: false, line: values.length + 1, reason: file.length - start > MAX_LINE ? 'line-too-long' : 'unterminated-line' };
}

function verdict(file: Uint8Array, cuts: readonly number[]) {
  const points = [...new Set(cuts.map((cut) => Math.floor(cut * file.length)))].sort((a, b) => a - b);
  const chunks = [0, ...points].map((from, index) => file.subarray(from, points[index] ?? file.length)).filter((chunk) => chunk.length > 0);
  const result = parseEventLines({ chunks, bytes: file.length }, MAX_LINE);
  if (result.ok) return { ok: true as const, values: result.value.map((line) => line.value) };
  const params = result.error.params as { line: number; reason: string };
  return { ok: false as const, line: params.line, reason: params.reason };
}

const good = (n: number) => utf8Encode(JSON.stringify({ a: n, b: 'x'.repeat(700), c: 'أمينة' }));
const LINE_KINDS: ((n: number) => Uint8Array)[] = [
  good,
  () => utf8Encode('{ "a":1}'),
  () => new Uint8Array(0),
  () => Uint8Array.of(0x7b, 0xff, 0x7d),
  () => concatBytes(Uint8Array.of(0xef, 0xbb, 0xbf), good(1)),
  () => utf8Encode(`{"a":"${'y'.repeat(MAX_LINE)}"}`),
  () => utf8Encode('{"a":"\\ud800"}'),
];

describe('parseEventLines', () => {
  it('gives the line-by-line verdict, whatever the pieces and wherever the bad line falls', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: LINE_KINDS.length - 1 }),
        fc.boolean(),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
        (badAt, kind, terminated, cuts) => {
          const lines = Array.from({ length: 900 }, (_, index) => (index === badAt ? (LINE_KINDS[kind] ?? good)(index) : good(index)));
          const text = concatBytes(...lines.flatMap((line) => [line, Uint8Array.of(LF)]));
          const file = terminated ? text : text.subarray(0, text.length - 1);
          const expected = reference(file);
          expect(verdict(file, [])).toEqual(expected);
          expect(verdict(file, cuts)).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('releases the pieces it has parsed', () => {
    const file = { chunks: [utf8Encode('{"a":1}\n'), utf8Encode('{"a":2}\n')], bytes: 16 };
    expect(parseEventLines(file, MAX_LINE)).toMatchObject({ ok: true, value: [{ line: 1, value: { a: 1 } }, { line: 2, value: { a: 2 } }] });
    expect(file.chunks.every((chunk) => chunk.length === 0)).toBe(true);
  });
});
