/**
 * Interoperability with standard tools (design §1 "recipient's analyst", §8): Debian's
 * `age` CLI decrypts our bundles and `unzip` lists them; a bundle whose age layer the
 * `age` CLI made, over a ZIP and a signature this test assembles without the production
 * writer, imports. `age` is required: CI installs it with apt (age, age-keygen).
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, createHash, sign } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { describeBundleProblem } from '@shared/bundle/messages';
import { readBundle } from '@shared/bundle/read';
import { toBase64url } from '@shared/util/bytes';
import { aChainOf } from '../../../builders/ledger';
import { anInstallation, bundleFrom, manifestFor, optionsFor } from './bundleKit';

const AGE = '/usr/bin/age';
const AGE_KEYGEN = '/usr/bin/age-keygen';
const UNZIP = '/usr/bin/unzip';
if (!existsSync(AGE) || !existsSync(AGE_KEYGEN)) {
  throw new Error(`The interoperability tests need Debian's age CLI at ${AGE} and ${AGE_KEYGEN}: run "apt-get install -y age" (CI installs it in scripts/ensure-system-deps.mjs).`);
}

const dir = mkdtempSync(join(tmpdir(), 'habeas-interop-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const run = (command: string, args: readonly string[]) => execFileSync(command, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

const facility = await anInstallation('facility-a', 'Central Remand Prison');
const adviser = await anInstallation('adviser-b', 'Adviser B');
const events = aChainOf(8, { ledger: facility.ledger });

describe('interoperability with the age CLI', () => {
  it('a bundle we write decrypts with `age -d -i key.txt` (key from age-keygen) and unzips with standard tools', async () => {
    run(AGE_KEYGEN, ['-o', 'key.txt']);
    const recipient = /^# public key: (age1[0-9a-z]+)$/m.exec(readFileSync(join(dir, 'key.txt'), 'utf8'))?.[1] ?? '';
    const written = await bundleFrom(facility, events, { recipients: [recipient, adviser.recipient] });
    writeFileSync(join(dir, 'x.habeas'), written.bytes);
    run(AGE, ['-d', '-i', 'key.txt', '-o', 'x.zip', 'x.habeas']);
    const zip = readFileSync(join(dir, 'x.zip'));
    expect(zip.length).toBe(written.archiveBytes);
    if (existsSync(UNZIP)) {
      const listing = run(UNZIP, ['-l', 'x.zip']).toString();
      const names = [...listing.matchAll(/\s(manifest\.json|manifest\.sig|events\.ndjson|padding)\n/g)].map((m) => m[1]);
      expect(names).toEqual(['manifest.json', 'manifest.sig', 'events.ndjson', 'padding']);
      run(UNZIP, ['-t', 'x.zip']);
      const manifest = run(UNZIP, ['-p', 'x.zip', 'manifest.json']);
      expect(createHash('sha256').update(manifest).digest('hex')).toBe(written.manifestHash);
      const ndjson = run(UNZIP, ['-p', 'x.zip', 'events.ndjson']).toString();
      expect(ndjson.split('\n').slice(0, -1).map((line) => JSON.parse(line) as unknown)).toEqual(events);
    }
  });

  it('our identity string works as an `age -i` identity file', async () => {
    writeFileSync(join(dir, 'ours.txt'), `${adviser.identity}\n`);
    const written = await bundleFrom(facility, events, { recipients: [adviser.recipient] });
    writeFileSync(join(dir, 'ours.habeas'), written.bytes);
    run(AGE, ['-d', '-i', 'ours.txt', '-o', 'ours.zip', 'ours.habeas']);
    expect(readFileSync(join(dir, 'ours.zip')).length).toBe(written.archiveBytes);
  });

  it('a bundle whose age layer `age -r` made, over a ZIP this test assembled, verifies', async () => {
    const ndjson = Buffer.from(events.map((event) => `${canonicalize(event) ?? ''}\n`).join(''));
    const manifest = Buffer.from(canonicalize(manifestFor(facility, events, [adviser.recipient])) ?? '');
    const { secretKey, publicKey } = facility.ledger.signing;
    const privateKey = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: toBase64url(secretKey), x: toBase64url(publicKey) }, format: 'jwk' });
    const signature = sign(null, Buffer.concat([Buffer.from('habeas-bundle/1\n'), manifest]), privateKey);
    const zip = zipSync({
      'manifest.json': [manifest, { level: 0 }],
      'manifest.sig': [Buffer.from(signature.toString('base64url')), { level: 0 }],
      'events.ndjson': [ndjson, { level: 9 }],
    });
    writeFileSync(join(dir, 'made-by-test.zip'), zip);
    run(AGE, ['-r', adviser.recipient, '-o', 'made-by-cli.habeas', 'made-by-test.zip']);
    const result = await readBundle(new Uint8Array(readFileSync(join(dir, 'made-by-cli.habeas'))), optionsFor(adviser, [facility]));
    if (!result.ok) throw new Error(describeBundleProblem(result.error.problem));
    expect(result.value.newEventCount).toBe(8);
    expect(result.value.manifestHash).toBe(createHash('sha256').update(manifest).digest('hex'));
  });
});
