/**
 * An identity directory, as `habeas keygen` writes it:
 *
 *   key.txt             the age X25519 identity, in age-keygen's format, so that
 *                       `age -d -i DIR/key.txt bundle.habeas` opens bundles sent to it (secret)
 *   signing-key.txt     the Ed25519 signing key that signs bundles and names the ledger (secret)
 *   card.habeas-card    the identity card to give to contacts (public)
 *
 * Reading checks that the three agree, so a card copied in from another identity, or a
 * key file edited by hand, is refused instead of silently signing or decrypting with the
 * wrong key.
 */
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { identityToRecipient } from 'age-encryption';
import type { CardProblem, IdentityCard } from '@shared/ledger/identity';
import { ledgerIdOf, parseIdentityCard, serializeIdentityCard } from '@shared/ledger/identity';
import { fromBase64url, toBase64url, utf8Decode } from '@shared/util/bytes';
import type { NewFile } from './files';
import { PUBLIC_FILE_MODE, readInputFile, SECRET_FILE_MODE } from './files';
import type { CliIo } from './io';
import { UsageError } from './io';

/** File names inside an identity directory. */
export const IDENTITY_FILES = {
  ageKey: 'key.txt',
  signingKey: 'signing-key.txt',
  card: 'card.habeas-card',
} as const;

/** The keys and card of an identity directory. */
export type CliIdentity = {
  readonly ageIdentity: string;
  readonly ageRecipient: string;
  readonly signing: { readonly secretKey: Uint8Array; readonly publicKey: Uint8Array };
  readonly card: IdentityCard;
};

const ED25519_SECRET_BYTES = 32;
const KEY_FILE_MAX_BYTES = 16 * 1024;
const AGE_SECRET_LINE = /^AGE-SECRET-KEY-1[0-9A-Z]+$/;

/** The three files of an identity, ready to write. */
export function identityFiles(dir: string, shownDir: string, identity: CliIdentity, createdAt: string): NewFile[] {
  const ageKey = [`# created: ${createdAt}`, `# public key: ${identity.ageRecipient}`, identity.ageIdentity, ''].join('\n');
  const signingKey = [
    '# Habeas Ed25519 signing key (secret: whoever holds it can sign bundles as this identity).',
    `# ledger: ${identity.card.ledger}`,
    `# public key: ${identity.card.signingKey}`,
    toBase64url(identity.signing.secretKey),
    '',
  ].join('\n');
  const file = (name: string, bytes: string, mode: number): NewFile => ({ path: join(dir, name), shownPath: join(shownDir, name), bytes, mode });
  return [
    file(IDENTITY_FILES.ageKey, ageKey, SECRET_FILE_MODE),
    file(IDENTITY_FILES.signingKey, signingKey, SECRET_FILE_MODE),
    file(IDENTITY_FILES.card, `${serializeIdentityCard(identity.card)}\n`, PUBLIC_FILE_MODE),
  ];
}

/** The lines of a key file that are not comments or blank. */
function keyLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

async function readText(io: CliIo, path: string, command: string): Promise<string> {
  const bytes = await readInputFile(io, path, command, KEY_FILE_MAX_BYTES);
  try {
    return utf8Decode(bytes);
  } catch {
    throw new UsageError(`${JSON.stringify(path)} is not UTF-8 text`, command);
  }
}

async function readAgeIdentity(io: CliIo, path: string, command: string): Promise<{ identity: string; recipient: string }> {
  const lines = keyLines(await readText(io, path, command));
  const [identity] = lines;
  if (lines.length !== 1 || identity === undefined || !AGE_SECRET_LINE.test(identity)) {
    throw new UsageError(`${JSON.stringify(path)} must hold exactly one age identity (AGE-SECRET-KEY-1…)`, command);
  }
  try {
    return { identity, recipient: await identityToRecipient(identity) };
  } catch {
    throw new UsageError(`${JSON.stringify(path)} does not hold a valid age X25519 identity`, command);
  }
}

async function readSigningKey(io: CliIo, path: string, command: string): Promise<{ secretKey: Uint8Array; publicKey: Uint8Array }> {
  const lines = keyLines(await readText(io, path, command));
  let secretKey: Uint8Array | undefined;
  try {
    secretKey = lines.length === 1 && lines[0] !== undefined ? fromBase64url(lines[0]) : undefined;
  } catch {
    secretKey = undefined;
  }
  if (secretKey?.length !== ED25519_SECRET_BYTES) {
    throw new UsageError(`${JSON.stringify(path)} must hold one Ed25519 secret key (43 base64url characters)`, command);
  }
  return { secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

const CARD_PROBLEM_TEXT: Readonly<Record<CardProblem, string>> = {
  'too-large': 'far too large to be a card',
  'not-canonical-json': 'not canonical JSON',
  schema: 'missing or unexpected fields',
  'bad-signing-key': 'its signing key is malformed',
  'ledger-mismatch': 'its ledger id does not match its signing key',
  'bad-recipient': 'its age recipient is malformed',
  'fingerprint-mismatch': 'its fingerprint does not match its contents: it was altered',
};

/**
 * Reads and parses an identity card file (strictly: canonical JSON, matching fingerprint).
 * @throws UsageError naming the problem if the file is not a valid card
 */
export async function readCardFile(io: CliIo, path: string, command: string): Promise<IdentityCard> {
  const text = (await readText(io, path, command)).replace(/\r?\n$/, '');
  const card = parseIdentityCard(text);
  if (!card.ok) throw new UsageError(`${JSON.stringify(path)} is not a valid identity card: ${CARD_PROBLEM_TEXT[card.error]}`, command);
  return card.value;
}

/**
 * Reads an identity directory and checks that its keys and card belong together.
 * @throws UsageError if a file is missing or malformed, or the files disagree
 */
export async function readIdentity(io: CliIo, dir: string, command: string): Promise<CliIdentity> {
  const age = await readAgeIdentity(io, join(dir, IDENTITY_FILES.ageKey), command);
  const signing = await readSigningKey(io, join(dir, IDENTITY_FILES.signingKey), command);
  const card = await readCardFile(io, join(dir, IDENTITY_FILES.card), command);
  const matches =
    card.recipient === age.recipient &&
    card.signingKey === toBase64url(signing.publicKey) &&
    card.ledger === ledgerIdOf(signing.publicKey);
  if (!matches) {
    throw new UsageError(`the card in ${JSON.stringify(dir)} does not match its keys; run keygen again into an empty directory`, command);
  }
  return { ageIdentity: age.identity, ageRecipient: age.recipient, signing, card };
}

