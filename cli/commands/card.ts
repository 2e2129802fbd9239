/** `habeas card`: an identity's card, printed or written to a file. */
import { join } from 'node:path';
import { fingerprintGroups, serializeIdentityCard } from '@shared/ledger/identity';
import type { CommandSpec, ParsedArgs } from '../args';
import { requiredOption, stringOption } from '../args';
import { PUBLIC_FILE_MODE, resolvePath, writeNewFiles } from '../files';
import { IDENTITY_FILES, readIdentity } from '../identityFiles';
import type { CliIo, ExitCode } from '../io';
import { EXIT, println } from '../io';

export const cardSpec: CommandSpec = {
  name: 'card',
  summary: 'Prints the identity card of an identity directory (canonical JSON, one line), or writes it to a file.',
  synopsis: 'card --identity DIR [--out FILE]',
  positionals: [],
  options: {
    identity: { type: 'string', value: 'DIR', description: 'Identity directory made by `habeas keygen`.' },
    out: { type: 'string', value: 'FILE', description: 'Write the card to FILE (must not exist) instead of printing it.' },
  },
  details: [
    `The card is the public part of an identity; ${join('DIR', IDENTITY_FILES.card)} holds the same text. The keys and the card are checked to belong together first.`,
  ],
};

/** Runs card. */
export async function runCard(io: CliIo, args: ParsedArgs): Promise<ExitCode> {
  const identity = await readIdentity(io, requiredOption(args, 'identity'), args.command);
  const text = `${serializeIdentityCard(identity.card)}\n`;
  const out = stringOption(args, 'out');
  if (out === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  await writeNewFiles([{ path: resolvePath(io, out), shownPath: out, bytes: text, mode: PUBLIC_FILE_MODE }], args.command);
  println(io.stdout, `Card of ${identity.card.facility} written to ${out}`);
  println(io.stdout, `  Fingerprint:  ${fingerprintGroups(identity.card.fingerprint)}`);
  return EXIT.ok;
}
