/**
 * What `verify` and `decrypt` share: the key to open a bundle with, the contacts to
 * trust, the threads to verify with, and one run of every import check (shared/bundle
 * checkBundle: readBundle's checks for a reader holding nothing). The tool keeps no import
 * history, so the continuity check has nothing to compare with: it passes trivially and says so.
 */
import { availableParallelism } from 'node:os';
import type { CheckedBundle } from '@shared/bundle/check';
import { checkBundle } from '@shared/bundle/check';
import type { BundleRejection } from '@shared/bundle/read';
import { zlibInflate } from './nodeInflate';
import { problem } from '@shared/bundle/errors';
import { MAX_FILE_BYTES } from '@shared/bundle/limits';
import { trustedSendersFromCards } from '@shared/bundle/signature';
import type { IdentityCard } from '@shared/ledger/identity';
import { utf8Decode } from '@shared/util/bytes';
import type { Result } from '@shared/util/result';
import { err } from '@shared/util/result';
import type { ParsedArgs } from './args';
import { listOption, stringOption } from './args';
import { CLI_EVENT_REGISTRY } from './eventRegistry';
import { readInputFile, regularFileSize } from './files';
import type { CliIdentity } from './identityFiles';
import { readCardFile, readIdentity } from './identityFiles';
import type { CliIo } from './io';
import { UsageError } from './io';
import type { ThreadChoice } from './parallel/parallelVerifier';
import { inThreadRangeRunner, parallelEventsVerifier } from './parallel/parallelVerifier';

/** How to open a bundle: with an identity directory's age key, or a passphrase. */
export type BundleKey = { readonly identity: CliIdentity } | { readonly passphrase: string };

const PASSPHRASE_FILE_MAX_BYTES = 4096;
/** More threads than this gain nothing on any machine the tool is meant for. */
export const MAX_THREADS = 64;

/**
 * A passphrase file's text, without the one line ending editors add.
 * @throws UsageError if it is unreadable, not UTF-8 or empty
 */
export async function readPassphraseFile(io: CliIo, path: string, command: string): Promise<string> {
  const bytes = await readInputFile(io, path, command, PASSPHRASE_FILE_MAX_BYTES);
  let text: string;
  try {
    text = utf8Decode(bytes);
  } catch {
    throw new UsageError(`${JSON.stringify(path)} is not UTF-8 text`, command);
  }
  const passphrase = text.replace(/\r?\n$/, '');
  if (passphrase === '') throw new UsageError(`${JSON.stringify(path)} is empty`, command);
  return passphrase;
}

/**
 * The key named by exactly one of `--identity DIR` and `--passphrase-file F`.
 * @throws UsageError if neither or both are given, or the files are unusable
 */
export async function readBundleKey(io: CliIo, args: ParsedArgs): Promise<BundleKey> {
  const dir = stringOption(args, 'identity');
  const passphraseFile = stringOption(args, 'passphrase-file');
  if (dir !== undefined && passphraseFile !== undefined) {
    throw new UsageError('give either --identity or --passphrase-file, not both', args.command);
  }
  if (dir !== undefined) return { identity: await readIdentity(io, dir, args.command) };
  if (passphraseFile !== undefined) return { passphrase: await readPassphraseFile(io, passphraseFile, args.command) };
  throw new UsageError('--identity DIR or --passphrase-file F is required to open the bundle', args.command);
}

/** The cards given with `--trust`, each parsed strictly. */
export async function readTrustedCards(io: CliIo, args: ParsedArgs): Promise<IdentityCard[]> {
  const cards: IdentityCard[] = [];
  for (const path of listOption(args, 'trust')) cards.push(await readCardFile(io, path, args.command));
  return cards;
}

/**
 * `--threads N`, or 'auto' without it.
 * @throws UsageError if N is not a whole number from 1 to MAX_THREADS
 */
export function threadsOption(args: ParsedArgs): ThreadChoice {
  const text = stringOption(args, 'threads');
  if (text === undefined) return 'auto';
  const threads = /^[1-9][0-9]*$/.test(text) ? Number(text) : Number.NaN;
  if (!(threads <= MAX_THREADS)) throw new UsageError(`--threads must be a whole number from 1 to ${MAX_THREADS}`, args.command);
  return threads;
}

/**
 * Runs every import check on a bundle file. A file over the size cap is refused by the
 * first check without being read.
 * @throws UsageError if the file cannot be read
 */
export async function checkBundleFile(
  io: CliIo,
  path: string,
  key: BundleKey,
  cards: readonly IdentityCard[],
  options: { command: string; threads: ThreadChoice },
): Promise<Result<CheckedBundle, BundleRejection>> {
  const { command, threads } = options;
  const size = await regularFileSize(io, path, command);
  if (size > MAX_FILE_BYTES) {
    return err({ problem: problem('too-large', { what: 'file', actual: size, limit: MAX_FILE_BYTES }), signed: null });
  }
  const file = await readInputFile(io, path, command, MAX_FILE_BYTES);
  const runner = io.rangeRunner ?? inThreadRangeRunner(CLI_EVENT_REGISTRY);
  return checkBundle(file, {
    ...('identity' in key ? { identity: key.identity.ageIdentity } : { passphrase: key.passphrase }),
    trustedSenders: trustedSendersFromCards(cards),
    registry: CLI_EVENT_REGISTRY,
    clock: { now: io.now },
    inflate: zlibInflate,
    verifyEvents: parallelEventsVerifier(runner, threads, availableParallelism()),
  });
}
