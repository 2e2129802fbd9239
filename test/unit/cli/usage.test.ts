/**
 * Mistakes at the command line: each ends with exit status 2, one sentence naming what
 * is wrong and a pointer to --help, never a stack trace, and nothing written.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../cli/main';
import { keygen, makeDemo, runCli, scratchDir } from './cliHarness';

const scratch = scratchDir('usage');
const cwd = scratch.dir;

beforeAll(async () => {
  await keygen(cwd, 'a', 'Facility A');
  await keygen(cwd, 'b', 'Adviser B');
  await makeDemo(cwd, 'demo.habeas', { identity: 'a', to: ['b/card.habeas-card'], detainees: 2 });
  writeFileSync(join(cwd, 'pass.txt'), 'a passphrase\n');
  writeFileSync(join(cwd, 'empty.txt'), '\n');
  writeFileSync(join(cwd, 'not-a-card.habeas-card'), '{"format":"habeas-card/1"}');
  writeFileSync(join(cwd, 'altered.habeas-card'), readFileSync(join(cwd, 'a/card.habeas-card'), 'utf8').replace('Facility A', 'Facility Z'));
  mkdirSync(join(cwd, 'mixed'));
  for (const file of ['key.txt', 'signing-key.txt']) copyFileSync(join(cwd, 'a', file), join(cwd, 'mixed', file));
  copyFileSync(join(cwd, 'b/card.habeas-card'), join(cwd, 'mixed/card.habeas-card'));
});
afterAll(scratch.remove);

const CASES: readonly (readonly [string, readonly string[], string])[] = [
  ['an unknown command', ['frobnicate'], 'unknown command "frobnicate"'],
  ['an unknown option', ['verify', 'demo.habeas', '--identity', 'b', '--bogus'], "option '--bogus'"],
  ['a missing file argument', ['verify'], 'missing FILE'],
  ['an extra argument', ['inspect', 'demo.habeas', 'other.habeas'], 'unexpected argument "other.habeas"'],
  ['no key to open with', ['verify', 'demo.habeas'], '--identity DIR or --passphrase-file F is required'],
  ['two keys to open with', ['verify', 'demo.habeas', '--identity', 'b', '--passphrase-file', 'pass.txt'], 'either --identity or --passphrase-file, not both'],
  ['no threads', ['verify', 'demo.habeas', '--identity', 'b', '--threads', '0'], '--threads must be a whole number from 1 to 64'],
  ['threads that are not a number', ['decrypt', 'demo.habeas', '--identity', 'b', '--out', 'x', '--threads', 'many'], '--threads must be a whole number from 1 to 64'],
  ['too many threads', ['verify', 'demo.habeas', '--identity', 'b', '--threads', '65'], '--threads must be a whole number from 1 to 64'],
  ['a repeated single option', ['verify', 'demo.habeas', '--identity', 'a', '--identity', 'b'], '--identity may be given only once'],
  ['an option without its value', ['verify', 'demo.habeas', '--identity'], "option '--identity <value>' argument missing"],
  ['an empty value', ['verify', 'demo.habeas', '--identity', ''], '--identity needs a value'],
  ['a missing bundle file', ['verify', 'nowhere.habeas', '--identity', 'b'], 'cannot read "nowhere.habeas": no such file or directory'],
  ['a directory for a file', ['inspect', 'a'], 'cannot read "a": not a regular file'],
  ['a missing identity directory', ['card', '--identity', 'nobody'], 'cannot read "nobody/key.txt": no such file or directory'],
  ['a card that does not match the keys', ['card', '--identity', 'mixed'], 'the card in "mixed" does not match its keys'],
  ['a file that is not a card', ['verify', 'demo.habeas', '--identity', 'b', '--trust', 'not-a-card.habeas-card'], 'is not a valid identity card: missing or unexpected fields'],
  ['an altered card', ['verify', 'demo.habeas', '--identity', 'b', '--trust', 'altered.habeas-card'], 'its fingerprint does not match its contents: it was altered'],
  ['an empty passphrase file', ['verify', 'demo.habeas', '--passphrase-file', 'empty.txt'], '"empty.txt" is empty'],
  ['keygen without --out', ['keygen'], '--out is required'],
  ['an existing identity', ['keygen', '--out', 'a'], '"a/key.txt" already exists; nothing was written'],
  ['a facility name with control characters', ['keygen', '--out', 'c', '--facility', 'Bad\u0007name'], '--facility must be 1 to 200 characters'],
  ['a non-numeric detainee count', ['make-demo', '--detainees', 'many', '--out', 'x.habeas', '--to', 'b/card.habeas-card', '--identity', 'a'], '--detainees must be a whole number'],
  ['a detainee count of zero', ['make-demo', '--detainees', '0', '--out', 'x.habeas', '--to', 'b/card.habeas-card', '--identity', 'a'], '--detainees must be a whole number from 1 to 200000'],
  ['make-demo without recipients', ['make-demo', '--detainees', '2', '--out', 'x.habeas', '--identity', 'a'], '--to RECIPIENT (or --passphrase-file F) is required'],
  ['a mistyped recipient', ['make-demo', '--detainees', '2', '--out', 'x.habeas', '--identity', 'a', '--to', 'age1notarecipient'], '"age1notarecipient" is not a valid age X25519 recipient'],
  ['a recipient twice', ['make-demo', '--detainees', '2', '--out', 'x.habeas', '--identity', 'a', '--to', 'b/card.habeas-card', '--to', 'b/card.habeas-card'], 'is given twice'],
  ['an unreadable --now', ['make-demo', '--detainees', '2', '--out', 'x.habeas', '--identity', 'a', '--to', 'b/card.habeas-card', '--now', 'yesterday'], '--now must be an ISO 8601 time'],
  ['an existing output bundle', ['make-demo', '--detainees', '2', '--out', 'demo.habeas', '--identity', 'a', '--to', 'b/card.habeas-card'], '"demo.habeas" already exists'],
  ['decrypt without --out', ['decrypt', 'demo.habeas', '--identity', 'b'], '--out is required'],
];

describe('usage errors', () => {
  it.each(CASES)('%s: exit 2 with a clear message and no stack trace', async (_name, argv, message) => {
    const before = readFileSync(join(cwd, 'a/key.txt'), 'utf8');
    const run = await runCli(cwd, ...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(/Run `habeas (\S+ )?--help` for usage\.\n$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(cwd, 'a/key.txt'), 'utf8')).toBe(before);
    expect(existsSync(join(cwd, 'x.habeas'))).toBe(false);
    expect(existsSync(join(cwd, 'c'))).toBe(false);
  });

  it('no arguments at all: the overview on stderr, exit 2', async () => {
    const run = await runCli(cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: habeas COMMAND [OPTIONS]');
  });
});

describe('help', () => {
  it.each(COMMANDS.map(({ spec }) => spec.name))('`%s --help` describes the command and its options, exit 0', async (name) => {
    for (const argv of [[name, '--help'], [name, '-h'], ['help', name], [name, '--bogus', '--help']]) {
      const run = await runCli(cwd, ...argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: habeas ${name} `));
      expect(run.stdout).toContain('-h, --help');
    }
  });

  it('`--help` lists every command and the exit statuses', async () => {
    const run = await runCli(cwd, '--help');
    expect(run.code).toBe(0);
    for (const { spec } of COMMANDS) expect(run.stdout).toContain(`  ${spec.synopsis}`);
    expect(run.stdout).toContain('1 invalid bundle, 2 usage error');
  });
});
