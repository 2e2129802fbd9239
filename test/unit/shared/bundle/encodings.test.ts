/**
 * Design §6.1, byte for byte, checked with independent tools: Node's SHA-256 and Ed25519,
 * the `canonicalize` package directly, fflate's unzip, and hand-written expected text.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import canonicalize from 'canonicalize';
import { Decrypter } from 'age-encryption';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeManifest, recipientFingerprint } from '@shared/bundle/manifest';
import type { BundleManifest } from '@shared/bundle/manifest';
import { readBundle } from '@shared/bundle/read';
import { ledgerIdOf } from '@shared/ledger/identity';
import { utf8Encode } from '@shared/util/bytes';
import { aChainOf } from '../../../builders/ledger';
import { anInstallation, bundleFrom, craftBundle, optionsFor } from './bundleKit';

const facility = await anInstallation('facility-a');
const adviser = await anInstallation('adviser-b', 'Adviser B');
const events = aChainOf(5, { ledger: facility.ledger });
const written = await bundleFrom(facility, events, { recipients: [adviser.recipient] });
const decrypter = new Decrypter();
decrypter.addIdentity(adviser.identity);
const files = unzipSync(await decrypter.decrypt(written.bytes));
const text = (name: string) => new TextDecoder().decode(files[name]);
const nodeSha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('design §6.1 encodings', () => {
  it('holds exactly the v1 entries, in order', () => {
    expect(Object.keys(files)).toEqual(['manifest.json', 'manifest.sig', 'events.ndjson', 'padding']);
    expect(files.padding!.every((byte) => byte === 0)).toBe(true);
  });

  it('ledger id: lowercase hex SHA-256 of the raw 32-byte Ed25519 key', () => {
    const key = facility.ledger.signing.publicKey;
    expect(ledgerIdOf(key)).toBe(nodeSha256(key));
    expect(written.manifest.sender.ledger).toBe(nodeSha256(key));
  });

  it('event hash: SHA-256 of the canonical JSON without `hash`; prev of seq 1 is ""', () => {
    for (const event of events) {
      const { hash, ...rest } = event;
      expect(hash).toBe(nodeSha256(canonicalize(rest) ?? ''));
    }
    expect(events[0]!.prev).toBe('');
    expect(events[1]!.prev).toBe(events[0]!.hash);
  });

  it('events.ndjson: one canonical event per line, each ended by \\n; sha256 and bytes of the file', () => {
    const ndjson = text('events.ndjson');
    expect(ndjson).toBe(events.map((event) => `${canonicalize(event) ?? ''}\n`).join(''));
    expect(written.manifest.events).toEqual({ file: 'events.ndjson', sha256: nodeSha256(files['events.ndjson']!), count: 5, bytes: files['events.ndjson']!.length });
  });

  it('segments: fromPrev is the first event\'s prev, headHash the last event\'s hash', () => {
    expect(written.manifest.segments).toEqual([{ ledger: facility.ledger.ledger, fromSeq: 1, toSeq: 5, fromPrev: '', headHash: events[4]!.hash }]);
  });

  it('recipient fingerprint: SHA-256 of the UTF-8 recipient string', () => {
    expect(recipientFingerprint(adviser.recipient)).toBe(nodeSha256(adviser.recipient));
    expect(written.manifest.recipients).toEqual([nodeSha256(adviser.recipient)]);
  });

  it('manifest.json is its RFC 8785 canonical JSON, and manifestHash is the SHA-256 of those bytes', () => {
    const manifestText = text('manifest.json');
    expect(manifestText).toBe(canonicalize(JSON.parse(manifestText)));
    expect(written.manifestHash).toBe(nodeSha256(files['manifest.json']!));
  });

  it('encodes a known manifest to exactly the expected bytes', () => {
    const h = (c: string) => c.repeat(64);
    const manifest: BundleManifest = {
      format: 'habeas-bundle/1',
      createdAt: '2026-11-26T10:00:00.000Z',
      app: { name: 'habeas', version: '1.0.0' },
      sender: { ledger: written.manifest.sender.ledger, signingKey: written.manifest.sender.signingKey, facility: 'Prison é' },
      recipients: [h('1'), h('2')],
      bundleSeq: 2,
      prevBundle: h('a'),
      segments: [{ ledger: h('b'), fromSeq: 1, toSeq: 250, fromPrev: '', headHash: h('c') }],
      events: { file: 'events.ndjson', sha256: h('d'), count: 250, bytes: 123456 },
    };
    const expected =
      `{"app":{"name":"habeas","version":"1.0.0"},"bundleSeq":2,"createdAt":"2026-11-26T10:00:00.000Z",` +
      `"events":{"bytes":123456,"count":250,"file":"events.ndjson","sha256":"${h('d')}"},"format":"habeas-bundle/1",` +
      `"prevBundle":"${h('a')}","recipients":["${h('1')}","${h('2')}"],` +
      `"segments":[{"fromPrev":"","fromSeq":1,"headHash":"${h('c')}","ledger":"${h('b')}","toSeq":250}],` +
      `"sender":{"facility":"Prison é","ledger":"${manifest.sender.ledger}","signingKey":"${manifest.sender.signingKey}"}}`;
    expect(new TextDecoder().decode(encodeManifest(manifest))).toBe(expected);
  });

  it('keys and signatures are base64url without padding; the signature covers "habeas-bundle/1\\n" + manifest bytes', () => {
    const signingKey = written.manifest.sender.signingKey;
    expect(signingKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const sig = text('manifest.sig');
    expect(sig).toMatch(/^[A-Za-z0-9_-]{86}\n$/);
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: signingKey }, format: 'jwk' });
    const message = Buffer.concat([Buffer.from('habeas-bundle/1\n'), files['manifest.json']!]);
    expect(verify(null, message, publicKey, Buffer.from(sig.trim(), 'base64url'))).toBe(true);
    expect(verify(null, files['manifest.json']!, publicKey, Buffer.from(sig.trim(), 'base64url'))).toBe(false);
  });

  it('accepts manifest.sig with or without its final \\n', async () => {
    for (const trailer of ['', '\n']) {
      const bytes = await craftBundle(facility, {
        events,
        encryptTo: [adviser.recipient],
        signatureFile: utf8Encode(`${text('manifest.sig').trim()}${trailer}`),
        manifestBytes: files['manifest.json']!,
      });
      const result = await readBundle(bytes, optionsFor(adviser, [facility]));
      expect(result.ok).toBe(true);
    }
  });
});
