/**
 * `habeas decrypt`: the plaintext of a bundle, written only after every check passed.
 * The files are rebuilt from the verified manifest and the verified events' lines and
 * compared with the signed manifest's hashes before anything is written, so what lands
 * on disk is exactly what the sender signed.
 */
import { join } from 'node:path';
import { eventsFileOfLines } from '@shared/bundle/eventsFile';
import { MAX_LINE_BYTES } from '@shared/bundle/limits';
import { encodeManifest, manifestHashOf } from '@shared/bundle/manifest';
import type { CheckedBundle } from '@shared/bundle/check';
import type { CommandSpec, ParsedArgs } from '../args';
import { flagOption, positional, requiredOption } from '../args';
import { checkBundleFile, readBundleKey, readTrustedCards, threadsOption } from '../bundleCheck';
import { ensureDirectory, SECRET_FILE_MODE, writeNewFiles } from '../files';
import type { CliIo, ExitCode } from '../io';
import { EXIT, println } from '../io';
import { sha256File } from '../nodeHash';
import { printRejection, printVerified } from '../report';
import { KEY_OPTIONS } from './verify';

export const decryptSpec: CommandSpec = {
  name: 'decrypt',
  summary: 'Verifies a bundle exactly as `habeas verify` does and, only if every check passes, writes its manifest.json and events.ndjson into a directory.',
  synopsis: 'decrypt FILE (--identity DIR | --passphrase-file F) [--trust CARD]... --out DIR [--force] [--json] [--threads N]',
  positionals: ['FILE'],
  options: {
    ...KEY_OPTIONS,
    out: { type: 'string', value: 'DIR', description: 'Directory to write manifest.json and events.ndjson into (created if needed).' },
    force: { type: 'boolean', description: 'Replace manifest.json and events.ndjson if they exist.' },
  },
  details: [
    'The files hold register data in plaintext, readable by the owner only: keep them on an encrypted disk and delete them when done.',
    'Exit status: 0 written, 1 the bundle is invalid (nothing written; the failed check is named), 2 usage error.',
  ],
};

function linesOf(checked: CheckedBundle): Uint8Array[] {
  const lines: Uint8Array[] = [];
  for (const segment of checked.segments) for (const line of segment.lines) lines.push(line);
  return lines;
}

/**
 * The two files, byte for byte as signed.
 * @throws Error if rebuilding does not reproduce the signed hashes (a fault in the tool, never the bundle's)
 */
function plaintextFiles(verified: CheckedBundle): { manifest: Uint8Array; events: Uint8Array } {
  const manifest = encodeManifest(verified.manifest);
  const events = eventsFileOfLines(linesOf(verified), MAX_LINE_BYTES);
  if (manifestHashOf(manifest) !== verified.manifestHash || sha256File(events) !== verified.manifest.events.sha256) {
    throw new Error('decrypt: the re-encoded files do not match the signed manifest');
  }
  return { manifest, events };
}

/** Runs decrypt. */
export async function runDecrypt(io: CliIo, args: ParsedArgs): Promise<ExitCode> {
  const path = positional(args, 0);
  const outDir = requiredOption(args, 'out');
  const key = await readBundleKey(io, args);
  const cards = await readTrustedCards(io, args);
  const result = await checkBundleFile(io, path, key, cards, { command: args.command, threads: threadsOption(args) });
  const json = flagOption(args, 'json');
  if (!result.ok) {
    printRejection(io, result.error, json);
    return EXIT.invalid;
  }
  const files = plaintextFiles(result.value);
  const dir = await ensureDirectory(io, outDir, args.command);
  const file = (name: string, bytes: Uint8Array) => ({ path: join(dir, name), shownPath: join(outDir, name), bytes, mode: SECRET_FILE_MODE });
  await writeNewFiles([file('manifest.json', files.manifest), file('events.ndjson', files.events)], args.command, { overwrite: flagOption(args, 'force') });
  printVerified(io, result.value, cards, json);
  if (!json) {
    println(io.stdout, `Wrote ${join(outDir, 'manifest.json')} and ${join(outDir, 'events.ndjson')} (${files.events.length} bytes).`);
    println(io.stdout, 'They hold register data in plaintext: keep them on an encrypted disk and delete them when done.');
  }
  return EXIT.ok;
}
