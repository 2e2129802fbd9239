/**
 * Hostile bundles, part 3 (security.md §7 items 11-14, 16): events that a trusted sender
 * signed (or that someone holding the signing key forged) but that are not valid ledger
 * events. Every line is checked; the first bad one is named by its line number.
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { sha256Hex } from '@shared/crypto/hash';
import type { BundleManifest } from '@shared/bundle/manifest';
import { describeBundleProblem } from '@shared/bundle/messages';
import { readBundle } from '@shared/bundle/read';
import type { ReadBundleOptions } from '@shared/bundle/read';
import { append, hashEvent, headOf } from '@shared/ledger/chain';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { utf8Encode } from '@shared/util/bytes';
import { aChainOf, aLedger, anEventDraft, userAddedDraft } from '../../../builders/ledger';
import { anInstallation, bundleWithLines, craftBundle, optionsFor, SMALL_LIMITS } from './bundleKit';

const facility = await anInstallation('facility-a', '<svg onload=alert(1)> Prison');
const adviser = await anInstallation('adviser-b', 'Adviser B');
const events = aChainOf(6, { ledger: facility.ledger });
const lines = events.map((event) => canonicalJson(event));
const options: ReadBundleOptions = { ...optionsFor(adviser, [facility]), limits: SMALL_LIMITS };

/** A bundle whose events file is these lines, with a manifest signed to match them (segments from `segmentEvents`). */
const withLines = (fileLines: readonly string[], segmentEvents: readonly LedgerEvent[] = events, change?: (m: BundleManifest) => BundleManifest) =>
  bundleWithLines(facility, adviser, fileLines, segmentEvents, change);
const replaced = (index: number, line: string) => lines.map((original, i) => (i === index ? line : original));
/** Event `index` with members changed and its hash recomputed, so only the change is wrong. */
function rehashed(index: number, change: (event: Record<string, unknown>) => Record<string, unknown>): string {
  const changed = change(Object.fromEntries(Object.entries(events[index]!).filter(([key]) => key !== 'hash')));
  return canonicalJson({ ...changed, hash: hashEvent(changed as unknown as LedgerEvent) });
}

/** WebCrypto's SHA-256, as the renderer passes it: the verdict must not depend on it. */
const webDigest = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));

async function expectBadEvent(file: Uint8Array, line: number, reason: string) {
  const result = await readBundle(file, options);
  expect(await readBundle(file, { ...options, digest: webDigest })).toEqual(result);
  if (result.ok) throw new Error('expected bad-event');
  expect(result.error.problem).toMatchObject({ code: 'bad-event', check: 'events', params: { line, reason } });
  expect(describeBundleProblem(result.error.problem)).toContain(`line ${line}`);
}

describe('hostile events', () => {
  it.each<[string, () => string[], number, string]>([
    ['a line over the length cap', () => replaced(2, `{"x":"${'a'.repeat(5000)}"}`), 3, 'line-too-long'],
    ['duplicate keys', () => replaced(1, lines[1]!.replace('{', '{"author":{"id":"x","name":"y"},')), 2, 'not-canonical'],
    ['a __proto__ key in the payload', () => replaced(1, lines[1]!.replace('"payload":{', '"payload":{"__proto__":{"polluted":true},')), 2, 'reserved-key'],
    ['a constructor key', () => replaced(1, lines[1]!.replace('"payload":{', '"payload":{"constructor":{},')), 2, 'reserved-key'],
    ['whitespace', () => replaced(3, lines[3]!.replace('{', '{ ')), 4, 'not-canonical'],
    ['keys out of order', () => replaced(3, lines[3]!.replace(/^\{("author":\{[^}]*\}),/, '{"zz":1,$1,')), 4, 'not-canonical'],
    ['a number beyond 2^53', () => replaced(4, lines[4]!.replace('"seq":5', '"seq":9007199254740993')), 5, 'not-canonical'],
    ['a lone surrogate escape', () => replaced(4, lines[4]!.replace('"name":"User 5"', '"name":"\\ud800"')), 5, 'lone-surrogate'],
    ['an empty line', () => replaced(5, ''), 6, 'empty-line'],
    ['NaN', () => replaced(4, lines[4]!.replace('"seq":5', '"seq":NaN')), 5, 'syntax'],
    ['nesting 2000 levels deep', () => replaced(1, `${'['.repeat(2000)}${']'.repeat(2000)}`), 2, 'too-deep'],
    ['an array instead of an event', () => replaced(0, '[1,2]'), 1, 'schema'],
    ['a changed payload with the old hash', () => replaced(3, lines[3]!.replace('User 4', 'User 9')), 4, 'bad-hash'],
    ['a broken prev link', () => replaced(3, rehashed(3, (e) => ({ ...e, prev: 'f'.repeat(64) }))), 4, 'bad-prev'],
    ['a bidi override in an author name', () => replaced(2, rehashed(2, (e) => ({ ...e, author: { id: 'u1', name: 'Ali \u202Eevil' } }))), 3, 'schema'],
    ['an unknown member', () => replaced(2, rehashed(2, (e) => ({ ...e, extra: 1 }))), 3, 'schema'],
    ['an invalid payload', () => replaced(2, rehashed(2, (e) => ({ ...e, payload: { userId: 'u1', name: 'A', role: 'king' } }))), 3, 'schema'],
  ])('%s → bad-event', async (_name, makeLines, line, reason) => {
    await expectBadEvent(await withLines(makeLines()), line, reason);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('invalid UTF-8 bytes → bad-event syntax', async () => {
    const file = utf8Encode(`${lines.join('\n')}\n`);
    file[10] = 0xff;
    const bundle = await craftBundle(facility, {
      events,
      eventsFile: file,
      encryptTo: [adviser.recipient],
      manifest: (m) => ({ ...m, events: { ...m.events, sha256: sha256Hex(file) } }),
    });
    await expectBadEvent(bundle, 1, 'syntax');
  });

  it('an event type the registry does not know → bad-event unknown-type', async () => {
    const ledger = aLedger({ seed: 'facility-a' });
    const head = headOf(events[4]!);
    const unknown = append(head, { type: 'custody.teleported', subject: 's1', occurredAt: '2026-11-26T10:00:00.000+03:00', payload: {} }, { ...ledger.ctx, registry: undefined });
    await expectBadEvent(await withLines([...lines.slice(0, 5), canonicalJson(unknown)], [...events.slice(0, 5), unknown]), 6, 'unknown-type');
  });

  it('a seq gap inside a segment → bad-event seq-gap', async () => {
    const seven = aChainOf(7, { ledger: aLedger({ seed: 'facility-a' }) });
    const gapped = [...seven.slice(0, 2), ...seven.slice(3)];
    await expectBadEvent(await withLines(gapped.map((e) => canonicalJson(e)), seven.slice(0, 6)), 3, 'seq-gap');
  });

  it('a segment whose signed head is not its last event → segment-mismatch', async () => {
    const bundle = await withLines(lines, events, (m) => ({ ...m, segments: m.segments.map((s) => ({ ...s, headHash: 'e'.repeat(64) })) }));
    const result = await readBundle(bundle, options);
    expect(!result.ok && result.error.problem).toMatchObject({ code: 'segment-mismatch', params: { reason: 'headHash differs' } });
  });

  it('events of a ledger the manifest does not list → segment-mismatch', async () => {
    const foreign = aChainOf(1, { ledger: aLedger({ seed: 'zz-foreign' }) });
    const bundle = await withLines([...lines.slice(0, 5), canonicalJson(foreign[0])]);
    const result = await readBundle(bundle, options);
    expect(!result.ok && result.error.problem.code).toBe('segment-mismatch');
  });
});

describe('hostile strings are data', () => {
  it('keeps markup, formulas and scripts in names byte for byte, as inert text', async () => {
    const hostile = ['<img src=x onerror=alert(1)>', '=HYPERLINK("http://x")', "{{constructor.constructor('alert(1)')()}}", 'javascript:alert(1)', 'أمينة يوسف', '+cmd|\' /C calc\'!A0'];
    const ledger = aLedger({ seed: 'facility-a', facility: { name: '<svg onload=alert(1)> Prison' } });
    const chain = aChainOf(hostile.length + 1, {
      ledger,
      draftFor: (seq) => ({ ...userAddedDraft(seq), payload: { ...userAddedDraft(seq).payload, name: hostile[seq - 2] ?? 'x' } }),
    });
    const bundle = await craftBundle(facility, { events: chain, encryptTo: [adviser.recipient] });
    const result = await readBundle(bundle, options);
    if (!result.ok) throw new Error(describeBundleProblem(result.error.problem));
    const [segment] = result.value.segments;
    expect(segment?.status === 'applied' && segment.newEvents).toEqual(chain);
    expect(result.value.manifest.sender.facility).toBe('<svg onload=alert(1)> Prison');
    expect(anEventDraft().type).toBe('user.added');
  });
});
