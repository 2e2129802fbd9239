/**
 * Hostile bundles, part 2 (security.md §7 items 5, 6, 9-13, 20, 21): the signed manifest,
 * the sender, the recipients and the events file. These decrypt fine (anyone who knows a
 * recipient string can encrypt to it); the signature and the manifest must stop them.
 */
import { describe, expect, it } from 'vitest';
import type { BundleProblemCode } from '@shared/bundle/errors';
import type { BundleManifest } from '@shared/bundle/manifest';
import { readBundle } from '@shared/bundle/read';
import type { ReadBundleOptions } from '@shared/bundle/read';
import { sha256Hex } from '@shared/crypto/hash';
import { fingerprintGroups } from '@shared/ledger/identity';
import { toBase64url, utf8Encode } from '@shared/util/bytes';
import { aChainOf } from '../../../builders/ledger';
import { anInstallation, craftBundle, deflateZeros, ndjson, optionsFor, trusting } from './bundleKit';
import type { CraftParts } from './bundleKit';

const facility = await anInstallation('facility-a');
const adviser = await anInstallation('adviser-b', 'Adviser B');
const other = await anInstallation('other-c', 'Other Adviser');
const impostor = await anInstallation('impostor-x', 'Central Remand Prison');
const events = aChainOf(6, { ledger: facility.ledger });
const options = optionsFor(adviser, [facility]);

type Edit = Omit<CraftParts, 'encryptTo'> & { encryptTo?: readonly string[] };
const craft = (parts: Edit = {}, sender = facility) => craftBundle(sender, { events, encryptTo: [adviser.recipient], ...parts });
const edit = (change: (m: BundleManifest) => unknown): Edit => ({ manifest: change });

/** WebCrypto's SHA-256, as the renderer passes it: the verdict must not depend on it. */
const webDigest = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));

async function expectCode(file: Uint8Array, code: BundleProblemCode, readOptions: ReadBundleOptions = options) {
  const result = await readBundle(file, readOptions);
  expect(await readBundle(file, { ...readOptions, digest: webDigest })).toEqual(result);
  if (result.ok) throw new Error(`expected ${code}, got a verified bundle`);
  expect(result.error.problem.code).toBe(code);
  return result.error;
}

describe('hostile manifests', () => {
  it('the untouched crafted bundle is accepted (the edits below are the only difference)', async () => {
    expect((await readBundle(await craft(), options)).ok).toBe(true);
  });

  it.each<[string, Edit]>([
    ['whitespace', { manifestBytes: utf8Encode('{ "format": "habeas-bundle/1" }') }],
    ['keys out of order', { manifestBytes: utf8Encode('{"format":"habeas-bundle/1","app":{}}') }],
    ['duplicate keys', { manifestBytes: utf8Encode('{"app":{},"app":{},"format":"habeas-bundle/1"}') }],
    ['a __proto__ key', { manifestBytes: utf8Encode('{"__proto__":{"polluted":1},"format":"habeas-bundle/1"}') }],
    ['a byte-order mark', { manifestBytes: utf8Encode('\uFEFF{"format":"habeas-bundle/1"}') }],
    ['trailing garbage', { manifestBytes: utf8Encode('{"format":"habeas-bundle/1"}x') }],
  ])('manifest with %s → bad-manifest (not canonical)', async (_name, parts) => {
    const error = await expectCode(await craft(parts), 'bad-manifest');
    expect(error.problem.params).toMatchObject({ reason: 'not-canonical-json' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each<[string, (m: BundleManifest) => unknown]>([
    ['a negative events.bytes', (m) => ({ ...m, events: { ...m.events, bytes: -1 } })],
    ['a string events.count', (m) => ({ ...m, events: { ...m.events, count: '6' } })],
    ['a non-integer bundleSeq', (m) => ({ ...m, bundleSeq: 1.5 })],
    ['an unknown member', (m) => ({ ...m, minReaderVersion: 2 })],
    ['a sender ledger that is not its key\'s', (m) => ({ ...m, sender: { ...m.sender, ledger: impostor.ledger.ledger } })],
    ['unsorted recipients', (m) => ({ ...m, recipients: ['f'.repeat(64), 'a'.repeat(64)] })],
    ['a count that disagrees with the segments', (m) => ({ ...m, events: { ...m.events, count: 5 } })],
    ['prevBundle set on bundle 1', (m) => ({ ...m, prevBundle: 'a'.repeat(64) })],
    ['a bidi override in the facility name', (m) => ({ ...m, sender: { ...m.sender, facility: 'Prison \u202Eevil' } })],
  ])('manifest with %s → bad-manifest (schema)', async (_name, change) => {
    const error = await expectCode(await craft(edit(change)), 'bad-manifest');
    expect(error.problem.params).toMatchObject({ reason: 'schema' });
  });

  it('another format version → unsupported-format', async () => {
    const error = await expectCode(await craft(edit((m) => ({ ...m, format: 'habeas-bundle/2' }))), 'unsupported-format');
    expect(error.problem.params).toEqual({ format: '"habeas-bundle/2"' });
  });
});

describe('hostile signatures and senders', () => {
  it.each<[string, Edit]>([
    ['an empty manifest.sig', { signatureFile: new Uint8Array(0) }],
    ['a padded signature', { signatureFile: utf8Encode(`${toBase64url(new Uint8Array(64)).slice(0, 85)}=`) }],
    ['standard base64 characters', { signatureFile: utf8Encode(`${'+/'.repeat(43)}\n`) }],
    ['two line feeds', { signatureFile: utf8Encode(`${toBase64url(new Uint8Array(64)).slice(0, 85)}\n\n`) }],
  ])('%s → bad-signature (malformed)', async (_name, parts) => {
    expect((await expectCode(await craft(parts), 'bad-signature')).problem.params).toEqual({ reason: 'malformed' });
  });

  it('a manifest.sig longer than a signature and a line feed → too-large', async () => {
    const error = await expectCode(await craft({ signatureFile: new Uint8Array(88) }), 'too-large');
    expect(error.problem).toMatchObject({ check: 'archive', params: { what: 'signature', actual: 88, limit: 87 } });
  });

  it('a signature over other bytes → bad-signature (invalid)', async () => {
    const signature = utf8Encode(`${toBase64url(new Uint8Array(64).fill(7))}\n`);
    expect((await expectCode(await craft({ signatureFile: signature }), 'bad-signature')).problem.params).toEqual({ reason: 'invalid' });
  });

  it('signed by a key other than the one the manifest names (wrong signer) → bad-signature', async () => {
    await expectCode(await craft({ signer: impostor.ledger.signing.secretKey }), 'bad-signature');
  });

  it('validly signed by an unknown sender → untrusted-sender, with its fingerprint', async () => {
    const error = await expectCode(await craft({ events: aChainOf(3, { ledger: impostor.ledger }) }, impostor), 'untrusted-sender');
    expect(error.problem.params).toMatchObject({ ledger: impostor.ledger.ledger, fingerprint: fingerprintGroups(impostor.ledger.ledger) });
    expect(error.signed).toBeNull();
  });

  it('a trusted name with another key → untrusted-sender', async () => {
    const lookalike = trusting({ ledger: impostor.ledger.ledger, signingKey: facility.card.signingKey, name: 'Central Remand Prison' });
    await expectCode(await craft({ events: aChainOf(3, { ledger: impostor.ledger }) }, impostor), 'untrusted-sender', { ...options, trustedSenders: lookalike });
  });

  it('a key revoked before this bundle → revoked-sender; before revocation it is accepted', async () => {
    const contact = { ledger: facility.ledger.ledger, signingKey: facility.card.signingKey, name: 'CRP' };
    const revoked = { ...options, trustedSenders: trusting({ ...contact, revokedFromBundleSeq: 1 }) };
    await expectCode(await craft(), 'revoked-sender', revoked);
    const later = { ...options, trustedSenders: trusting({ ...contact, revokedFromBundleSeq: 2 }) };
    expect((await readBundle(await craft(), later)).ok).toBe(true);
  });
});

describe('hostile recipients and events files', () => {
  it('forwarded: decryptable by us, but signed for someone else → not-in-recipients', async () => {
    const error = await expectCode(await craft({ signedFor: [other.recipient] }), 'not-in-recipients');
    expect(error.signed?.manifest.recipients).toHaveLength(1);
  });

  it('signed as a passphrase bundle, re-encrypted to our key → not-in-recipients', async () => {
    await expectCode(await craft({ signedFor: [] }), 'not-in-recipients');
  });

  it('events file with another SHA-256 → events-mismatch', async () => {
    const error = await expectCode(await craft(edit((m) => ({ ...m, events: { ...m.events, sha256: '0'.repeat(64) } }))), 'events-mismatch');
    expect(error.problem.params).toMatchObject({ what: 'sha256' });
  });

  it('events file size other than signed → events-mismatch (declared-size)', async () => {
    const error = await expectCode(await craft(edit((m) => ({ ...m, events: { ...m.events, bytes: m.events.bytes + 1 } }))), 'events-mismatch');
    expect(error.problem.params).toMatchObject({ what: 'declared-size' });
  });

  it('more lines than signed → events-mismatch (count)', async () => {
    const file = ndjson(events);
    const doubled = new Uint8Array([...file.subarray(0, file.length - 1), 0x0a, 0x0a]);
    const parts = { eventsFile: doubled, ...edit((m) => ({ ...m, events: { ...m.events, bytes: doubled.length, sha256: sha256Hex(doubled) } })) };
    expect((await expectCode(await craft(parts), 'events-mismatch')).problem.params).toMatchObject({ what: 'count' });
  });

  it('more events than the policy allows → too-large (event-count), before inflating', async () => {
    const error = await expectCode(await craft(), 'too-large', { ...options, limits: { maxEvents: 5 } });
    expect(error.problem).toMatchObject({ check: 'events-file', params: { what: 'event-count', actual: 6, limit: 5 } });
  });

  it('a deflate bomb under a small declared size (200 MiB of zeros, 1 MiB signed) → bomb at the cap, memory bounded', async () => {
    const declared = 2 ** 20;
    const bomb = deflateZeros(200);
    const parts: Edit = {
      ...edit((m) => ({ ...m, events: { ...m.events, bytes: declared } })),
      entries: ([m, s]) => [m!, s!, { name: 'events.ndjson', data: bomb, method: 8, size: declared }],
    };
    const before = process.memoryUsage().arrayBuffers;
    const error = await expectCode(await craft(parts), 'bomb');
    expect(error.problem).toMatchObject({ check: 'events-file', params: { what: 'inflated-size', limit: declared } });
    const produced = error.problem.code === 'bomb' ? error.problem.params.actual : Infinity;
    expect(produced).toBeLessThan(declared + 8 * 2 ** 20);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 2 ** 20);
  });
});
