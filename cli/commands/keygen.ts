/** `habeas keygen`: a new identity (age key, signing key, card) in a directory. */
import { createInstallationIdentity, fingerprintGroups, makeIdentityCard } from '@shared/ledger/identity';
import type { CommandSpec, ParsedArgs } from '../args';
import { requiredOption, stringOption } from '../args';
import { ensureDirectory, writeNewFiles } from '../files';
import { IDENTITY_FILES, identityFiles } from '../identityFiles';
import type { CliIo, ExitCode } from '../io';
import { EXIT, println, UsageError } from '../io';

const DEFAULT_FACILITY = 'Habeas command-line tool';

export const keygenSpec: CommandSpec = {
  name: 'keygen',
  summary: 'Creates a new identity: an age key to receive bundles, an Ed25519 key to sign them, and the identity card to give to contacts.',
  synopsis: 'keygen --out DIR [--facility NAME]',
  positionals: [],
  options: {
    out: { type: 'string', value: 'DIR', description: 'Directory to write the identity into (created if needed; must not hold one already).' },
    facility: { type: 'string', value: 'NAME', description: `Name shown on the card (default "${DEFAULT_FACILITY}").` },
  },
  details: [
    `Writes DIR/${IDENTITY_FILES.ageKey} (secret; also works with \`age -d -i DIR/${IDENTITY_FILES.ageKey}\`), DIR/${IDENTITY_FILES.signingKey} (secret) and DIR/${IDENTITY_FILES.card} (public).`,
    'Keep the secret files on an encrypted disk. Contacts compare the card fingerprint with you before trusting it.',
  ],
};

/** Runs keygen. */
export async function runKeygen(io: CliIo, args: ParsedArgs): Promise<ExitCode> {
  const outDir = requiredOption(args, 'out');
  const facility = stringOption(args, 'facility') ?? DEFAULT_FACILITY;
  const identity = await createInstallationIdentity();
  let card;
  try {
    card = makeIdentityCard({ facility, signingPublicKey: identity.signing.publicKey, recipient: identity.ageRecipient });
  } catch {
    throw new UsageError('--facility must be 1 to 200 characters, without control characters', args.command);
  }
  const dir = await ensureDirectory(io, outDir, args.command);
  const cli = { ageIdentity: identity.ageIdentity, ageRecipient: identity.ageRecipient, signing: identity.signing, card };
  await writeNewFiles(identityFiles(dir, outDir, cli, io.now().toISOString()), args.command);
  println(io.stdout, `New identity written to ${outDir}`);
  println(io.stdout, `  Facility:     ${card.facility}`);
  println(io.stdout, `  Recipient:    ${card.recipient}`);
  println(io.stdout, `  Ledger:       ${card.ledger}`);
  println(io.stdout, `  Fingerprint:  ${fingerprintGroups(card.fingerprint)}`);
  println(io.stdout, `Give ${IDENTITY_FILES.card} to your contacts; keep ${IDENTITY_FILES.ageKey} and ${IDENTITY_FILES.signingKey} secret.`);
  return EXIT.ok;
}
