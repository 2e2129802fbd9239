/** `habeas inspect`: what a bundle file shows to someone without a key. */
import { inspectBundle } from '@shared/bundle/inspect';
import { MAX_FILE_BYTES } from '@shared/bundle/limits';
import type { CommandSpec, ParsedArgs } from '../args';
import { flagOption, positional } from '../args';
import { readInputFile, regularFileSize } from '../files';
import type { CliIo, ExitCode } from '../io';
import { EXIT, println } from '../io';
import { sha256File } from '../nodeHash';

export const inspectSpec: CommandSpec = {
  name: 'inspect',
  summary: 'Shows what anyone can see of a bundle file without a key: its size, how it is encrypted, and the padded size of its contents.',
  synopsis: 'inspect FILE [--json]',
  positionals: ['FILE'],
  options: { json: { type: 'boolean', description: 'Print one JSON object instead of text.' } },
  details: [
    'A bundle does not name its sender or its recipients outside the encryption: X25519 stanzas carry only a one-time key. Use `habeas verify` with a key to check the contents.',
    'Exit status: 0 the file is an age file, 1 it is not (or it is too large), 2 usage error.',
  ],
};

const PROBLEMS: Readonly<Record<string, string>> = {
  'not-age': 'not an age file, so not a Habeas bundle',
  malformed: 'an age file with a damaged header',
  'too-large': 'an age header larger than bundles ever have',
  'too-many-stanzas': 'an age header with more recipients than bundles ever have',
};

/** Runs inspect. */
export async function runInspect(io: CliIo, args: ParsedArgs): Promise<ExitCode> {
  const path = positional(args, 0);
  const json = flagOption(args, 'json');
  const size = await regularFileSize(io, path, args.command);
  if (size > MAX_FILE_BYTES) {
    println(io.stdout, json ? JSON.stringify({ fileBytes: size, isAge: false, problem: 'file-too-large' }) : `${path}: ${size} bytes, over the ${MAX_FILE_BYTES}-byte limit for bundles`);
    return EXIT.invalid;
  }
  const file = await readInputFile(io, path, args.command, MAX_FILE_BYTES);
  const inspection = inspectBundle(file);
  const sha256 = sha256File(file);
  if (json) {
    println(io.stdout, JSON.stringify({ ...inspection, sha256 }));
    return inspection.isAge ? EXIT.ok : EXIT.invalid;
  }
  println(io.stdout, `File:        ${path}`);
  println(io.stdout, `Size:        ${inspection.fileBytes} bytes`);
  println(io.stdout, `SHA-256:     ${sha256}`);
  if (!inspection.isAge) {
    println(io.stdout, `Format:      ${PROBLEMS[inspection.problem] ?? inspection.problem}`);
    return EXIT.invalid;
  }
  const stanzas = inspection.stanzas.map(({ type, count }) => `${count} × ${type}`).join(', ');
  println(io.stdout, 'Format:      age v1 (binary)');
  println(io.stdout, `Header:      ${inspection.headerBytes} bytes; ${stanzas || 'no stanzas'}`);
  if (inspection.scryptLogN !== null) {
    println(io.stdout, `Passphrase:  yes, scrypt work factor 2^${inspection.scryptLogN}`);
  } else {
    const x25519 = inspection.stanzas.find((stanza) => stanza.type === 'X25519')?.count ?? 0;
    println(io.stdout, `Recipients:  ${x25519} age X25519 key(s); who they are is not visible`);
  }
  const plain = inspection.plaintextBytes;
  println(io.stdout, `Contents:    ${plain === null ? 'impossible length (the file is truncated)' : `${plain} bytes (a ZIP archive padded to a size bucket)`}`);
  println(io.stdout, 'Sender, recipients and events are inside the encryption; use `habeas verify` with a key.');
  return EXIT.ok;
}
