/** `habeas verify`: every import check on a bundle, without writing anything. */
import type { CommandSpec, OptionSpec, ParsedArgs } from '../args';
import { flagOption, positional } from '../args';
import { checkBundleFile, readBundleKey, readTrustedCards, threadsOption } from '../bundleCheck';
import type { CliIo, ExitCode } from '../io';
import { EXIT } from '../io';
import { printRejection, printVerified } from '../report';

/** Options shared by verify and decrypt. */
export const KEY_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  identity: { type: 'string', value: 'DIR', description: 'Open the bundle with the age key of this identity directory.' },
  'passphrase-file': { type: 'string', value: 'F', description: 'Open a passphrase bundle with the passphrase in file F (one line).' },
  trust: { type: 'string', multiple: true, value: 'CARD', description: 'Accept bundles signed by the identity on this card (after comparing its fingerprint).' },
  json: { type: 'boolean', description: 'Print one JSON object instead of text.' },
  threads: {
    type: 'string',
    value: 'N',
    description: 'Verify the events in N threads at once (default: one per processor core, at most 4, for bundles large enough to gain from it; 1 uses this thread only).',
  },
};

export const verifySpec: CommandSpec = {
  name: 'verify',
  summary: 'Runs every import check on a bundle, in order, and stops at the first that fails: file size, decryption, archive, signature by a trusted sender, recipients, events file, each event, continuity.',
  synopsis: 'verify FILE (--identity DIR | --passphrase-file F) [--trust CARD]... [--json] [--threads N]',
  positionals: ['FILE'],
  options: KEY_OPTIONS,
  details: [
    'A sender is trusted only through a card given with --trust: compare its fingerprint with the sender first.',
    'Exit status: 0 the bundle is valid, 1 it is invalid (the failed check is named), 2 usage error.',
  ],
};

/** Runs verify. */
export async function runVerify(io: CliIo, args: ParsedArgs): Promise<ExitCode> {
  const path = positional(args, 0);
  const key = await readBundleKey(io, args);
  const cards = await readTrustedCards(io, args);
  const result = await checkBundleFile(io, path, key, cards, { command: args.command, threads: threadsOption(args) });
  const json = flagOption(args, 'json');
  if (!result.ok) {
    printRejection(io, result.error, json);
    return EXIT.invalid;
  }
  printVerified(io, result.value, cards, json);
  return EXIT.ok;
}
