/**
 * Hostile bundles, part 1 (security.md §7 items 1-4, 7-9): the file, its age layer and
 * its ZIP archive. Each is refused with its own code before any signature is looked at.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BundleProblemCode } from '@shared/bundle/errors';
import { readBundle } from '@shared/bundle/read';
import type { ReadBundleOptions } from '@shared/bundle/read';
import { aChainOf } from '../../../builders/ledger';
import { flipBit, scryptFileWithLogN, splitAge, stanzaLines, withHeader } from './ageCraft';
import { anInstallation, bundleFrom, craftBundle, deflateZeros, encryptTo, ndjson, optionsFor } from './bundleKit';
import { rawZip } from './rawZip';
import type { RawZipEntry } from './rawZip';

const facility = await anInstallation('facility-a');
const adviser = await anInstallation('adviser-b', 'Adviser B');
const stranger = await anInstallation('stranger-s', 'Somebody Else');
const events = aChainOf(6, { ledger: facility.ledger });
const good = await bundleFrom(facility, events, { recipients: [adviser.recipient] });
const options = optionsFor(adviser, [facility]);

async function rejection(file: Uint8Array, readOptions: ReadBundleOptions = options) {
  const result = await readBundle(file, readOptions);
  if (result.ok) throw new Error('expected a rejection');
  return result.error.problem;
}
async function expectCode(file: Uint8Array, code: BundleProblemCode, readOptions?: ReadBundleOptions) {
  const found = await rejection(file, readOptions);
  expect(found.code).toBe(code);
  return found;
}
/** A bundle whose ZIP entries are rearranged (signature and manifest still valid). */
const withEntries = (entries: (defaults: RawZipEntry[]) => RawZipEntry[]) =>
  craftBundle(facility, { events, encryptTo: [adviser.recipient], entries });

describe('hostile files and age layers', () => {
  it.each([
    ['0 bytes', new Uint8Array(0)],
    ['1 byte', Uint8Array.of(0x61)],
    ['a ZIP instead of an age file', rawZip([{ name: 'manifest.json', data: new Uint8Array(3) }])],
    ['armored age', new TextEncoder().encode('-----BEGIN AGE ENCRYPTED FILE-----\n')],
  ])('%s → not-a-bundle', async (_name, file) => {
    await expectCode(file, 'not-a-bundle');
  });

  it('a file over the size cap → too-large, before decryption', async () => {
    const found = await expectCode(good.bytes, 'too-large', { ...options, limits: { maxFileBytes: good.bytes.length - 1 } });
    expect(found).toMatchObject({ check: 'file-size', params: { what: 'file', limit: good.bytes.length - 1 } });
  });

  it('only the header → damaged payload', async () => {
    const { header } = splitAge(good.bytes);
    await expectCode(withHeader(header, new Uint8Array(0)), 'damaged');
  });

  it('a truncated payload (last chunk cut) → damaged', async () => {
    expect(await expectCode(good.bytes.subarray(0, good.bytes.length - 100), 'damaged')).toMatchObject({ params: { part: 'age-payload' } });
  });

  it('one flipped bit in the payload → damaged', async () => {
    await expectCode(flipBit(good.bytes, -200), 'damaged');
  });

  it('one flipped bit in the header MAC → damaged header', async () => {
    const { header } = splitAge(good.bytes);
    const macAt = header.lastIndexOf('--- ') + 10;
    expect(await expectCode(flipBit(good.bytes, macAt), 'damaged')).toMatchObject({ params: { part: 'age-header' } });
  });

  it('non-canonical base64 or = padding in a stanza → damaged header', async () => {
    const { header, payload } = splitAge(good.bytes);
    const [argsLine = '', body = ''] = stanzaLines(header);
    await expectCode(withHeader(header.replace(argsLine, `${argsLine}=`), payload), 'damaged');
    await expectCode(withHeader(header.replace(body, `${body}=`), payload), 'damaged');
  });

  it('a bundle for another recipient → not-for-me', async () => {
    const other = await bundleFrom(facility, events, { recipients: [stranger.recipient] });
    await expectCode(other.bytes, 'not-for-me');
  });

  it.each([1, 10, 17])('a passphrase file with scrypt logN %i → weak-passphrase-work-factor, before any scrypt', async (logN) => {
    const file = await scryptFileWithLogN(new Uint8Array(10), logN);
    const found = await expectCode(file, 'weak-passphrase-work-factor', { ...options, passphrase: 'x' });
    expect(found.params).toEqual({ logN, min: 18 });
  });

  it.each([21, 22])('a passphrase file with scrypt logN %i → excessive-passphrase-work-factor', async (logN) => {
    const file = await scryptFileWithLogN(new Uint8Array(10), logN);
    await expectCode(file, 'excessive-passphrase-work-factor', { ...options, passphrase: 'x' });
  });

  it('a passphrase file when no passphrase was given → passphrase-required', async () => {
    await expectCode(await scryptFileWithLogN(new Uint8Array(10), 18), 'passphrase-required');
  });

  it('an scrypt stanza mixed with an X25519 stanza → mixed-stanzas', async () => {
    const scrypt = splitAge(await scryptFileWithLogN(new Uint8Array(10), 18));
    const { header, payload } = splitAge(good.bytes);
    const mixed = header.replace('\n--- ', `\n${stanzaLines(scrypt.header).join('\n')}\n--- `);
    await expectCode(withHeader(mixed, payload), 'mixed-stanzas', { ...options, passphrase: 'x' });
  });
});

describe('hostile ZIP archives', () => {
  it('a zip bomb declared in the headers (200 MiB from 200 KB) → bomb, before inflating', async () => {
    const deflated = deflateZeros(200);
    const found = await expectCode(await withEntries(([m, s]) => [m!, s!, { name: 'events.ndjson', data: deflated, method: 8, size: 200 * 2 ** 20 }]), 'bomb');
    expect(found).toMatchObject({ check: 'archive', params: { what: 'declared-ratio' } });
  });

  it('declared events size over the policy cap → too-large', async () => {
    const found = await expectCode(good.bytes, 'too-large', { ...options, limits: { maxEventsFileBytes: 100 } });
    expect(found).toMatchObject({ check: 'archive', params: { what: 'events-file' } });
  });

  it.each<[string, (d: RawZipEntry[]) => RawZipEntry[], string]>([
    ['an extra entry', (d) => [...d, { name: 'notes.txt', data: new Uint8Array(1) }], 'unexpected-entry'],
    ['five entries', (d) => [...d, { name: 'padding', data: new Uint8Array(1) }, { name: 'x', data: new Uint8Array(1) }], 'too-many-entries'],
    ['a duplicated manifest', ([m, s, e]) => [m!, s!, e!, { ...m! }], 'duplicate'],
    ['a path name ../x', (d) => [...d, { name: '../x', data: new Uint8Array(1) }], 'path'],
    ['a path name a/b', (d) => [...d, { name: 'a/b', data: new Uint8Array(1) }], 'path'],
    ['a directory entry', (d) => [...d, { name: 'dir/', data: new Uint8Array(0) }], 'path'],
    ['events before the signature', ([m, s, e]) => [m!, e!, s!], 'order'],
    ['no events', ([m, s]) => [m!, s!], 'missing-entry'],
    ['a data-descriptor flag', ([m, s, e]) => [m!, s!, { ...e!, flags: 8 }], 'flags'],
    ['an encrypted-entry flag', ([m, s, e]) => [{ ...m!, flags: 1 }, s!, e!], 'flags'],
    ['an extra field', ([m, s, e]) => [m!, s!, { ...e!, extra: Uint8Array.of(0x55, 0x54, 1, 0, 0) }], 'extra-field'],
    ['stored events', ([m, s]) => [m!, s!, { name: 'events.ndjson', data: ndjson(events) }], 'method'],
    ['a deflated manifest', ([m, s, e]) => [{ ...m!, data: deflateSync(m!.data), method: 8, size: m!.data.length }, s!, e!], 'method'],
    ['hidden bytes between entries', ([m, s, e]) => [m!, { ...s!, gapBefore: Uint8Array.of(1, 2, 3) }, e!], 'layout'],
    ['padding that is not zeros', (d) => [...d, { name: 'padding', data: Uint8Array.of(0, 0, 7) }], 'padding'],
  ])('%s → bad-zip', async (_name, entries, reason) => {
    const found = await expectCode(await withEntries(entries), 'bad-zip');
    expect(found.params).toMatchObject({ reason });
  });

  it('an archive comment or trailing bytes → bad-zip end-record', async () => {
    const zip = rawZip([{ name: 'manifest.json', data: new Uint8Array(2) }], { comment: 'hi' });
    expect(await expectCode(await encryptTo(zip, [adviser.recipient]), 'bad-zip')).toMatchObject({ params: { reason: 'end-record' } });
  });

  it('no signature entry → unsigned', async () => {
    await expectCode(await withEntries(([m, , e]) => [m!, e!]), 'unsigned');
  });

  it('a manifest over the size cap → too-large', async () => {
    const found = await expectCode(good.bytes, 'too-large', { ...options, limits: { maxManifestBytes: 100 } });
    expect(found.params).toMatchObject({ what: 'manifest' });
  });
});
