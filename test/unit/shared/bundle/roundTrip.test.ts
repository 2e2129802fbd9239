import { describe, expect, it } from 'vitest';
import { inspectBundle } from '@shared/bundle/inspect';
import { describeBundleProblem } from '@shared/bundle/messages';
import { isBucketSize } from '@shared/bundle/padding';
import { readBundle } from '@shared/bundle/read';
import { segmentCollector, segmentsOf } from '@shared/bundle/segments';
import { bundleFileName, writeBundle } from '@shared/bundle/write';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { utf8Encode } from '@shared/util/bytes';
import { aChainOf, aLedger } from '../../../builders/ledger';
import { anInstallation, APP, bundleFrom, CREATED_AT, optionsFor, senderOf } from './bundleKit';

const facility = await anInstallation('facility-a', 'Central Remand Prison');
const adviser = await anInstallation('adviser-b', 'Adviser B');
const auditor = await anInstallation('auditor-c', 'Auditor C');
const events = aChainOf(12, { ledger: facility.ledger });

describe('writeBundle → readBundle', () => {
  it('round-trips to several X25519 recipients at once, each reading the same events', async () => {
    const written = await bundleFrom(facility, events, { recipients: [adviser.recipient, auditor.recipient] });
    for (const reader of [adviser, auditor]) {
      const result = await readBundle(written.bytes, optionsFor(reader, [facility]));
      if (!result.ok) throw new Error(describeBundleProblem(result.error.problem));
      expect(result.value.manifestHash).toBe(written.manifestHash);
      expect(result.value.decryptedWith).toBe('identity');
      expect(result.value.newEventCount).toBe(12);
      const [segment] = result.value.segments;
      expect(segment?.status === 'applied' && segment.newEvents).toEqual(events);
      expect(result.value.warnings).toEqual([]);
      expect(result.value.continuity).toEqual({ lastBundleSeq: 1, lastBundleManifestHash: written.manifestHash });
      expect(result.value.sender.name).toBe('Central Remand Prison');
    }
  });

  it('signs the same manifest when the events file is hashed by an asynchronous digest (WebCrypto)', async () => {
    const to = { recipients: [adviser.recipient] };
    const input = { events, sender: senderOf(facility), to, bundleSeq: 1, prevBundle: '', createdAt: CREATED_AT, app: APP };
    const webDigest = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    const [plain, digested] = [await writeBundle(input), await writeBundle({ ...input, digest: webDigest })];
    expect(digested.manifestHash).toBe(plain.manifestHash);
    expect((await readBundle(digested.bytes, optionsFor(adviser, [facility]))).ok).toBe(true);
  });

  it('writes the same manifest from the events’ stored lines and segments as from the events', async () => {
    const input = { sender: senderOf(facility), to: { recipients: [adviser.recipient] }, bundleSeq: 1, prevBundle: '', createdAt: CREATED_AT, app: APP };
    const collector = segmentCollector();
    for (const event of events) collector.add(event);
    const lines = events.map((event) => utf8Encode(canonicalJson(event)));
    const [fromEvents, fromLines] = [await writeBundle({ ...input, events }), await writeBundle({ ...input, events: { lines, segments: collector.segments } })];
    expect(fromLines.manifest).toEqual(fromEvents.manifest);
    expect(collector.segments).toEqual(segmentsOf(events));
  });

  it('pads the archive to a size bucket and hides the sender from inspection', async () => {
    const written = await bundleFrom(facility, events, { recipients: [adviser.recipient, auditor.recipient] });
    expect(isBucketSize(written.archiveBytes)).toBe(true);
    const seen = inspectBundle(written.bytes);
    expect(seen).toMatchObject({ isAge: true, stanzas: [{ type: 'X25519', count: 2 }], scryptLogN: null, plaintextBytes: written.archiveBytes });
    expect(JSON.stringify(seen)).not.toContain('Central');
    expect(new TextDecoder('latin1').decode(written.bytes)).not.toContain('Central Remand');
  });

  it('round-trips with a passphrase (scrypt 2^18), and refuses a wrong passphrase', async () => {
    const passphrase = 'correct horse battery staple ocean violet';
    const written = await bundleFrom(facility, events, { passphrase });
    expect(written.manifest.recipients).toEqual([]);
    expect(inspectBundle(written.bytes)).toMatchObject({ stanzas: [{ type: 'scrypt', count: 1 }], scryptLogN: 18 });
    const withoutIdentity = { ...optionsFor(adviser, [facility]), identity: undefined };
    const result = await readBundle(written.bytes, { ...withoutIdentity, passphrase });
    expect(result.ok && result.value.decryptedWith).toBe('passphrase');
    expect(result.ok && result.value.newEventCount).toBe(12);
    const wrong = await readBundle(written.bytes, { ...withoutIdentity, passphrase: 'wrong horse' });
    expect(!wrong.ok && wrong.error.problem.code).toBe('wrong-passphrase');
  });

  it('writes an empty bundle (no events) that reads as nothing new', async () => {
    const written = await bundleFrom(facility, [], { recipients: [adviser.recipient] });
    expect(written.manifest.events).toMatchObject({ count: 0, bytes: 0 });
    const result = await readBundle(written.bytes, optionsFor(adviser, [facility]));
    expect(result.ok && result.value.segments).toEqual([]);
  });

  it('carries several ledgers, ordered by ledger id, and flags relayed ones', async () => {
    const other = aLedger({ seed: 'relayed-ledger' });
    const relayed = aChainOf(3, { ledger: other });
    const all = [...events, ...relayed].sort((a, b) => (a.ledger === b.ledger ? a.seq - b.seq : a.ledger < b.ledger ? -1 : 1));
    const written = await bundleFrom(facility, all, { recipients: [adviser.recipient] });
    expect(written.manifest.segments.map((s) => s.ledger)).toEqual([facility.ledger.ledger, other.ledger].sort());
    const result = await readBundle(written.bytes, optionsFor(adviser, [facility]));
    expect(result.ok && result.value.warnings).toEqual([{ kind: 'relayed-ledger', ledger: other.ledger }]);
  });

  it('imports events stamped far in the future, flagged as clock warnings (order stays by seq)', async () => {
    const future = aChainOf(3, { ledger: aLedger({ seed: 'facility-a', facility: { name: 'Central Remand Prison' }, startIso: '2100-01-01T00:00:00.000Z' }) });
    const written = await bundleFrom(facility, future, { recipients: [adviser.recipient] });
    const result = await readBundle(written.bytes, optionsFor(adviser, [facility]));
    expect(result.ok && result.value.newEventCount).toBe(3);
    const kinds = result.ok ? result.value.warnings.map((w) => (w.kind === 'clock' ? w.warning.kind : w.kind)) : [];
    expect(kinds).toEqual(['future-timestamp', 'future-timestamp', 'future-timestamp']);
  });

  it('refuses input that breaks the format instead of signing it', async () => {
    const input = { sender: senderOf(facility), bundleSeq: 1, prevBundle: '', createdAt: CREATED_AT, app: APP, to: { recipients: [adviser.recipient] } };
    await expect(writeBundle({ ...input, events: [events[1]!, events[0]!] })).rejects.toThrow(TypeError);
    await expect(writeBundle({ ...input, events, to: { recipients: ['age1notarecipient'] } })).rejects.toThrow(TypeError);
    await expect(writeBundle({ ...input, events, to: { recipients: [adviser.recipient, adviser.recipient] } })).rejects.toThrow(TypeError);
    await expect(writeBundle({ ...input, events, bundleSeq: 2 })).rejects.toThrow(/prevBundle/);
    await expect(writeBundle({ ...input, events, sender: { ...input.sender, facility: 'bad\u202Ename' } })).rejects.toThrow(TypeError);
    const otherKey = aLedger({ seed: 'someone-else' }).signing.secretKey;
    await expect(writeBundle({ ...input, events, sender: { ...input.sender, signingSecretKey: otherKey } })).rejects.toThrow(/does not match/);
  });
});

describe('bundleFileName', () => {
  it('is neutral: time and random hex only', () => {
    expect(bundleFileName('2026-11-26T10:00:00.000Z', Uint8Array.from([0x9f, 0x3a, 0x61, 0xc2]))).toBe('habeas-20261126-100000-9f3a61c2.habeas');
    expect(bundleFileName(CREATED_AT)).toMatch(/^habeas-20261126-100000-[0-9a-f]{8}\.habeas$/);
    expect(bundleFileName(CREATED_AT)).not.toBe(bundleFileName(CREATED_AT));
    expect(() => bundleFileName('yesterday')).toThrow(RangeError);
  });
});
