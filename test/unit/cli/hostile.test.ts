/**
 * verify against altered, misdirected and forwarded bundles, using Debian's age CLI as an
 * outsider would: each is refused with exit status 1 and the failed check named, and
 * decrypt writes nothing for them. Also: `age -d -i DIR/key.txt` opens a make-demo bundle.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGE, keygen, makeDemo, recipientOf, runCli, runTool, scratchDir } from './cliHarness';

const scratch = scratchDir('hostile');
const cwd = scratch.dir;
const TRUST = ['--trust', 'facility/card.habeas-card'];

beforeAll(async () => {
  await keygen(cwd, 'facility', 'Facility A');
  await keygen(cwd, 'adviser', 'Adviser B');
  await keygen(cwd, 'outsider', 'Outsider C');
  await makeDemo(cwd, 'demo.habeas', { identity: 'facility', to: ['adviser/card.habeas-card'] });
});
afterAll(scratch.remove);

async function expectRefused(file: string, identity: string, check: string, code: string, trust: readonly string[] = TRUST): Promise<void> {
  const run = await runCli(cwd, 'verify', file, '--identity', identity, ...trust);
  expect(run.code, run.stdout + run.stderr).toBe(1);
  expect(run.stdout).toContain(`INVALID: the ${check} check failed (${code}).`);
  expect(run.stdout).toMatch(new RegExp(`FAILED {2}${check}: ${code}`));
  const decrypt = await runCli(cwd, 'decrypt', file, '--identity', identity, ...trust, '--out', `out-${file}`);
  expect(decrypt.code).toBe(1);
  expect(existsSync(join(cwd, `out-${file}`))).toBe(false);
}

/** Re-encrypts a plaintext ZIP to a recipient with the age CLI. */
function ageEncrypt(zip: Uint8Array, recipient: string, out: string): void {
  writeFileSync(join(cwd, `${out}.zip`), zip);
  runTool(cwd, AGE, ['-r', recipient, '-o', out, `${out}.zip`]);
}

function openedZip(): Record<string, Uint8Array> {
  runTool(cwd, AGE, ['-d', '-i', 'adviser/key.txt', '-o', 'opened.zip', 'demo.habeas']);
  return unzipSync(new Uint8Array(readFileSync(join(cwd, 'opened.zip'))));
}

/** The entries again, in the bundle layout (stored manifest and signature, deflated events). */
function rezip(entries: Record<string, Uint8Array>): Uint8Array {
  return zipSync({
    'manifest.json': [entries['manifest.json'] ?? new Uint8Array(), { level: 0 }],
    'manifest.sig': [entries['manifest.sig'] ?? new Uint8Array(), { level: 0 }],
    'events.ndjson': [entries['events.ndjson'] ?? new Uint8Array(), { level: 6 }],
  });
}

describe('interoperability', () => {
  it('`age -d -i DIR/key.txt` decrypts a make-demo bundle into the documented ZIP', () => {
    const entries = openedZip();
    expect(Object.keys(entries)).toEqual(['manifest.json', 'manifest.sig', 'events.ndjson', 'padding']);
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array())) as { format: string; sender: { facility: string } };
    expect(manifest).toMatchObject({ format: 'habeas-bundle/1', sender: { facility: 'Facility A' } });
  });

  it('a bundle whose age layer the age CLI made over our ZIP verifies', async () => {
    ageEncrypt(rezip(openedZip()), recipientOf(cwd, 'adviser'), 'by-age-cli.habeas');
    const run = await runCli(cwd, 'verify', 'by-age-cli.habeas', '--identity', 'adviser', ...TRUST);
    expect(run.code, run.stdout).toBe(0);
  });
});

describe('verify refuses, naming the check', () => {
  it('a flipped bit in the ciphertext: decryption (damaged)', async () => {
    const bytes = new Uint8Array(readFileSync(join(cwd, 'demo.habeas')));
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0x01;
    writeFileSync(join(cwd, 'flipped.habeas'), bytes);
    await expectRefused('flipped.habeas', 'adviser', 'decryption', 'damaged');
  });

  it('a truncated file: decryption (damaged)', async () => {
    const bytes = readFileSync(join(cwd, 'demo.habeas'));
    writeFileSync(join(cwd, 'truncated.habeas'), bytes.subarray(0, bytes.length - 1000));
    await expectRefused('truncated.habeas', 'adviser', 'decryption', 'damaged');
  });

  it('a file that is not a bundle: decryption (not-a-bundle)', async () => {
    writeFileSync(join(cwd, 'letter.habeas'), 'Dear adviser,\n');
    await expectRefused('letter.habeas', 'adviser', 'decryption', 'not-a-bundle');
  });

  it('a bundle for someone else: decryption (not-for-me)', async () => {
    await expectRefused('demo.habeas', 'outsider', 'decryption', 'not-for-me');
  });

  it('a sender nobody trusted: signature (untrusted-sender), with the fingerprint to compare', async () => {
    await expectRefused('demo.habeas', 'adviser', 'signature', 'untrusted-sender', []);
    const run = await runCli(cwd, 'verify', 'demo.habeas', '--identity', 'adviser', '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: false, check: 'signature', code: 'untrusted-sender' });
  });

  it('a card of another identity does not make the sender trusted', async () => {
    await expectRefused('demo.habeas', 'adviser', 'signature', 'untrusted-sender', ['--trust', 'outsider/card.habeas-card']);
  });

  it('a bundle the adviser forwarded to an outsider: recipients (not-in-recipients)', async () => {
    openedZip();
    ageEncrypt(new Uint8Array(readFileSync(join(cwd, 'opened.zip'))), recipientOf(cwd, 'outsider'), 'forwarded.habeas');
    await expectRefused('forwarded.habeas', 'outsider', 'recipients', 'not-in-recipients');
  });

  it('a manifest altered after signing: signature (bad-signature)', async () => {
    const entries = openedZip();
    const manifest = strFromU8(entries['manifest.json'] ?? new Uint8Array()).replace('"Facility A"', '"Facility Z"');
    ageEncrypt(rezip({ ...entries, 'manifest.json': strToU8(manifest) }), recipientOf(cwd, 'adviser'), 'renamed.habeas');
    await expectRefused('renamed.habeas', 'adviser', 'signature', 'bad-signature');
  });

  it('an event altered after signing: events-file (events-mismatch)', async () => {
    const entries = openedZip();
    const events = strFromU8(entries['events.ndjson'] ?? new Uint8Array()).replace('Demo registrar', 'Demo registrat');
    ageEncrypt(rezip({ ...entries, 'events.ndjson': strToU8(events) }), recipientOf(cwd, 'adviser'), 'altered.habeas');
    await expectRefused('altered.habeas', 'adviser', 'events-file', 'events-mismatch');
  });

  it('an extra entry in the archive: archive (bad-zip)', async () => {
    const entries = openedZip();
    const zip = zipSync({ ...Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { level: 0 }]])), 'notes.txt': [strToU8('hi'), { level: 0 }] });
    ageEncrypt(zip, recipientOf(cwd, 'adviser'), 'extra.habeas');
    await expectRefused('extra.habeas', 'adviser', 'archive', 'bad-zip');
  });
});
