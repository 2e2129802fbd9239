/**
 * The shipped artefact: cli/vite.config.ts builds one file that runs on plain Node with
 * nothing beside it (no node_modules, no Electron), is executable, and behaves like the
 * in-process main(): exit statuses, messages on the right stream, a full round trip.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGE, runTool, scratchDir } from './cliHarness';

const root = resolve(import.meta.dirname, '../../..');
const scratch = scratchDir('built');
const cwd = scratch.dir;
const outDir = join(cwd, 'build');
const isolated = join(cwd, 'habeas.mjs');

function habeas(...argv: string[]) {
  const run = spawnSync(process.execPath, [isolated, ...argv], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  await build({ configFile: join(root, 'cli/vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  copyFileSync(join(outDir, 'habeas.mjs'), isolated);
}, 120_000);
afterAll(scratch.remove);

describe('out/cli/habeas.mjs', () => {
  it('is one executable ES module importing only Node built-ins', () => {
    const source = readFileSync(join(outDir, 'habeas.mjs'), 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(join(outDir, 'habeas.mjs')).mode & 0o111).toBe(0o111);
    const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((name) => name === undefined || !isBuiltin(name))).toEqual([]);
  });

  it('runs a round trip on its own, and `age -d` opens what it made', () => {
    expect(habeas('keygen', '--out', 'facility', '--facility', 'Facility A').code).toBe(0);
    expect(habeas('keygen', '--out', 'adviser').code).toBe(0);
    const made = habeas('make-demo', '--detainees', '5', '--out', 'demo.habeas', '--to', 'adviser/card.habeas-card', '--identity', 'facility');
    expect(made.code, made.stderr).toBe(0);
    const verified = habeas('verify', 'demo.habeas', '--identity', 'adviser', '--trust', 'facility/card.habeas-card');
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('VALID');
    expect(habeas('decrypt', 'demo.habeas', '--identity', 'adviser', '--trust', 'facility/card.habeas-card', '--out', 'plain').code).toBe(0);
    runTool(cwd, AGE, ['-d', '-i', 'adviser/key.txt', '-o', 'demo.zip', 'demo.habeas']);
    expect(readFileSync(join(cwd, 'demo.zip')).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
  });

  it('verifies in worker threads with the verdict and the files of one thread', () => {
    const trust = ['--identity', 'adviser', '--trust', 'facility/card.habeas-card'];
    const [one, three] = [habeas('verify', 'demo.habeas', ...trust, '--json', '--threads', '1'), habeas('verify', 'demo.habeas', ...trust, '--json', '--threads', '3')];
    expect(three.code, three.stderr).toBe(0);
    expect(JSON.parse(three.stdout)).toEqual(JSON.parse(one.stdout));
    expect(habeas('decrypt', 'demo.habeas', ...trust, '--out', 'plain3', '--threads', '3').code).toBe(0);
    for (const name of ['manifest.json', 'events.ndjson']) expect(readFileSync(join(cwd, 'plain3', name))).toEqual(readFileSync(join(cwd, 'plain', name)));
  });

  it('decrypts with OpenSSL in the age payload and still refuses a flipped payload bit', () => {
    expect(readFileSync(join(outDir, 'habeas.mjs'), 'utf8')).toContain('"chacha20-poly1305"');
    const bundle = readFileSync(join(cwd, 'demo.habeas'));
    bundle[bundle.length - 100] = (bundle[bundle.length - 100] ?? 0) ^ 0x01;
    writeFileSync(join(cwd, 'flipped.habeas'), bundle);
    const flipped = habeas('verify', 'flipped.habeas', '--identity', 'adviser', '--trust', 'facility/card.habeas-card');
    expect(flipped.code).toBe(1);
    expect(flipped.stdout).toContain('FAILED  decryption: damaged');
  });

  it('exits 1 for an invalid bundle and 2 for a usage error, with no stack trace', () => {
    const untrusted = habeas('verify', 'demo.habeas', '--identity', 'adviser');
    expect(untrusted.code).toBe(1);
    expect(untrusted.stdout).toContain('the signature check failed (untrusted-sender)');
    const usage = habeas('verify', 'missing.habeas', '--identity', 'adviser');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('cannot read "missing.habeas"');
    expect(usage.stderr).not.toMatch(/\n\s+at /);
    expect(habeas('--version').stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
