/**
 * The tool's main path: keygen → card → make-demo → verify → decrypt, and what each step
 * leaves on disk (file modes, the card matching the keys, the decrypted files matching
 * the signed manifest byte for byte).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdentityCard } from '@shared/ledger/identity';
import { CLI_NOW, keygen, makeDemo, recipientOf, runCli, scratchDir } from './cliHarness';

const scratch = scratchDir('round-trip');
const cwd = scratch.dir;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  await keygen(cwd, 'facility', 'Central Remand Prison «A»');
  await keygen(cwd, 'adviser', 'Adviser B');
});
afterAll(scratch.remove);

describe('keygen and card', () => {
  it('writes secret keys readable by the owner only and a public card', () => {
    expect(statSync(join(cwd, 'facility/key.txt')).mode & 0o777).toBe(0o600);
    expect(statSync(join(cwd, 'facility/signing-key.txt')).mode & 0o777).toBe(0o600);
    expect(statSync(join(cwd, 'facility/card.habeas-card')).mode & 0o777).toBe(0o644);
    expect(readFileSync(join(cwd, 'facility/key.txt'), 'utf8')).toMatch(/^# created: .+\n# public key: age1[0-9a-z]+\nAGE-SECRET-KEY-1[0-9A-Z]+\n$/);
  });

  it('prints the card, which parses strictly and carries the identity\'s recipient and name', async () => {
    const run = await runCli(cwd, 'card', '--identity', 'facility');
    expect(run.code).toBe(0);
    const card = parseIdentityCard(run.stdout.trimEnd());
    if (!card.ok) throw new Error(card.error);
    expect(card.value.facility).toBe('Central Remand Prison «A»');
    expect(card.value.recipient).toBe(recipientOf(cwd, 'facility'));
    expect(run.stdout).toBe(readFileSync(join(cwd, 'facility/card.habeas-card'), 'utf8'));
  });

  it('writes the card to a file with --out and shows its fingerprint', async () => {
    const run = await runCli(cwd, 'card', '--identity', 'adviser', '--out', 'adviser-copy.habeas-card');
    expect(run.code).toBe(0);
    expect(readFileSync(join(cwd, 'adviser-copy.habeas-card'), 'utf8')).toBe(readFileSync(join(cwd, 'adviser/card.habeas-card'), 'utf8'));
    expect(run.stdout).toMatch(/Fingerprint: {2}([0-9a-f]{4} ){7}[0-9a-f]{4}/);
  });
});

describe('make-demo → verify → decrypt', () => {
  it('a demo bundle made for the adviser verifies with the facility\'s card trusted', async () => {
    const made = await makeDemo(cwd, 'demo.habeas', { identity: 'facility', to: ['adviser/card.habeas-card'] });
    const events = Number(/Events: +(\d+)/.exec(made.stdout)?.[1]);
    expect(events).toBeGreaterThan(12 * 4);
    const run = await runCli(cwd, 'verify', 'demo.habeas', '--identity', 'adviser', '--trust', 'facility/card.habeas-card');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('VALID: every check passed.');
    expect(run.stdout).toContain(`Events:     ${events} in 1 ledger(s)`);
    expect(run.stdout).toContain('Central Remand Prison «A»');
  });

  it('verify --json reports the manifest for scripts', async () => {
    const run = await runCli(cwd, 'verify', 'demo.habeas', '--identity', 'adviser', '--trust', 'facility/card.habeas-card', '--json');
    const report = JSON.parse(run.stdout) as { valid: boolean; bundleSeq: number; recipients: number; decryptedWith: string; createdAt: string };
    expect(report).toMatchObject({ valid: true, bundleSeq: 1, recipients: 1, decryptedWith: 'identity', createdAt: CLI_NOW.toISOString() });
  });

  it('decrypt writes manifest.json and events.ndjson exactly as signed, owner-only', async () => {
    const run = await runCli(cwd, 'decrypt', 'demo.habeas', '--identity', 'adviser', '--trust', 'facility/card.habeas-card', '--out', 'plain');
    expect(run.code).toBe(0);
    const manifestBytes = readFileSync(join(cwd, 'plain/manifest.json'));
    const eventsBytes = readFileSync(join(cwd, 'plain/events.ndjson'));
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as { events: { sha256: string; count: number; bytes: number }; sender: { facility: string } };
    expect(run.stdout).toContain(`Manifest:   ${sha256(manifestBytes)}`);
    expect(sha256(eventsBytes)).toBe(manifest.events.sha256);
    expect(eventsBytes.length).toBe(manifest.events.bytes);
    const lines = eventsBytes.toString('utf8').split('\n').slice(0, -1);
    expect(lines).toHaveLength(manifest.events.count);
    const first = JSON.parse(lines[0] ?? '') as { seq: number; type: string };
    expect(first).toMatchObject({ seq: 1, type: 'ledger.created' });
    expect(lines.some((line) => line.includes('"type":"custody.admitted"'))).toBe(true);
    expect(statSync(join(cwd, 'plain/events.ndjson')).mode & 0o777).toBe(0o600);
  });

  it('decrypt refuses to overwrite earlier output unless --force', async () => {
    const args = ['decrypt', 'demo.habeas', '--identity', 'adviser', '--trust', 'facility/card.habeas-card', '--out', 'plain'];
    writeFileSync(join(cwd, 'plain/events.ndjson'), 'kept');
    const refused = await runCli(cwd, ...args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists; nothing was written');
    expect(readFileSync(join(cwd, 'plain/events.ndjson'), 'utf8')).toBe('kept');
    expect((await runCli(cwd, ...args, '--force')).code).toBe(0);
    expect(readFileSync(join(cwd, 'plain/events.ndjson'), 'utf8')).not.toBe('kept');
  });

  it('the same seed and identity give the same events in a different ciphertext', async () => {
    await makeDemo(cwd, 'again.habeas', { identity: 'facility', to: ['adviser/card.habeas-card'] });
    await runCli(cwd, 'decrypt', 'again.habeas', '--identity', 'adviser', '--trust', 'facility/card.habeas-card', '--out', 'again');
    expect(readFileSync(join(cwd, 'again/events.ndjson'))).toEqual(readFileSync(join(cwd, 'plain/events.ndjson')));
    expect(readFileSync(join(cwd, 'again.habeas'))).not.toEqual(readFileSync(join(cwd, 'demo.habeas')));
    await makeDemo(cwd, 'other-seed.habeas', { identity: 'facility', to: ['adviser/card.habeas-card'], seed: 'another' });
    await runCli(cwd, 'decrypt', 'other-seed.habeas', '--identity', 'adviser', '--trust', 'facility/card.habeas-card', '--out', 'other-seed');
    expect(readFileSync(join(cwd, 'other-seed/events.ndjson'))).not.toEqual(readFileSync(join(cwd, 'plain/events.ndjson')));
  });

  it('a passphrase bundle verifies with the passphrase file and not with a wrong one', async () => {
    writeFileSync(join(cwd, 'pass.txt'), 'correct horse battery staple\n');
    writeFileSync(join(cwd, 'wrong.txt'), 'incorrect horse\n');
    const made = await runCli(cwd, 'make-demo', '--detainees', '3', '--out', 'pass.habeas', '--passphrase-file', 'pass.txt', '--identity', 'facility');
    expect(made.code).toBe(0);
    const ok = await runCli(cwd, 'verify', 'pass.habeas', '--passphrase-file', 'pass.txt', '--trust', 'facility/card.habeas-card');
    expect(ok.stdout).toContain('Opened by:  a passphrase');
    expect(ok.code).toBe(0);
    const wrong = await runCli(cwd, 'verify', 'pass.habeas', '--passphrase-file', 'wrong.txt', '--trust', 'facility/card.habeas-card');
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('INVALID: the decryption check failed (wrong-passphrase).');
  });
});

describe('inspect', () => {
  it('shows the encryption and padded size without naming anyone', async () => {
    const run = await runCli(cwd, 'inspect', 'demo.habeas');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 × X25519');
    expect(run.stdout).not.toContain('Central Remand Prison');
    expect(run.stdout).not.toContain(recipientOf(cwd, 'adviser'));
    const json = JSON.parse((await runCli(cwd, 'inspect', 'pass.habeas', '--json')).stdout) as { scryptLogN: number; plaintextBytes: number };
    expect(json.scryptLogN).toBe(18);
    expect(json.plaintextBytes % 4096).toBe(0);
  });

  it('says a file that is not an age file is not a bundle, with exit status 1', async () => {
    writeFileSync(join(cwd, 'notes.txt'), 'not a bundle\n');
    const run = await runCli(cwd, 'inspect', 'notes.txt');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('not an age file');
  });
});
