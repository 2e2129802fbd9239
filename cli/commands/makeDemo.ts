/**
 * `habeas make-demo`: a bundle of a realistic synthetic facility (shared/custody/synthetic),
 * signed by an identity and encrypted to chosen recipients, for training and benchmarks.
 * Everything in it is invented; the facility profile says so.
 */
import { writeBundle } from '@shared/bundle/write';
import type { BundleAddressees } from '@shared/bundle/ageLayer';
import { CARD_FACILITY_MAX_CHARS, isX25519Recipient } from '@shared/ledger/identity';
import { version } from '../../package.json';
import type { CommandSpec, ParsedArgs } from '../args';
import { flagOption, listOption, requiredOption, stringOption } from '../args';
import { readPassphraseFile } from '../bundleCheck';
import type { DemoLedger } from '@shared/custody/synthetic/demoLedger';
import { buildDemoLedger } from '@shared/custody/synthetic/demoLedger';
import { defaultTransfersPerFacility } from '@shared/custody/synthetic/network';
import { CLI_EVENT_REGISTRY } from '../eventRegistry';
import { PUBLIC_FILE_MODE, resolvePath, writeNewFiles } from '../files';
import { readCardFile, readIdentity } from '../identityFiles';
import type { CliIo, ExitCode } from '../io';
import { EXIT, println, UsageError } from '../io';
import { sha256File } from '../nodeHash';
import { zlibDeflate } from '../nodeDeflate';

/** Most detainees one demo holds: about 10 events each keeps it well under the bundle's event cap. */
export const MAX_DEMO_DETAINEES = 200_000;
const DEFAULT_SEED = 'habeas-demo';

export const makeDemoSpec: CommandSpec = {
  name: 'make-demo',
  summary: 'Writes a bundle of a synthetic facility (invented detainees with Arabic and Latin names, admissions, medical checks, family notices, hearings, transfers, releases and a few overdue safeguards), signed by an identity and encrypted to recipients.',
  synopsis: 'make-demo --detainees N --out FILE --to RECIPIENT... --identity DIR [--seed S] [--now TIME] [--network NAME... [--lost-transfers N]] [--force]',
  positionals: [],
  options: {
    detainees: { type: 'string', value: 'N', description: `Number of detainees, 1 to ${MAX_DEMO_DETAINEES} (about 10 events each).` },
    out: { type: 'string', value: 'FILE', description: 'Bundle file to write (must not exist unless --force).' },
    to: { type: 'string', multiple: true, value: 'RECIPIENT', description: 'An age recipient (age1…) or an identity card file to encrypt to.' },
    'passphrase-file': { type: 'string', value: 'F', description: 'Encrypt to the passphrase in file F instead of recipients.' },
    identity: { type: 'string', value: 'DIR', description: 'Identity directory whose signing key signs the bundle (and names its ledger).' },
    seed: { type: 'string', value: 'S', description: `Seed of the generator (default "${DEFAULT_SEED}"): the same seed gives the same events.` },
    now: { type: 'string', value: 'TIME', description: "The demo's present, ISO 8601 (default: now). History covers the year before it." },
    network: { type: 'string', multiple: true, value: 'NAME', description: "A facility of a network that transfers detainees between its members; give every member, this identity's facility included. Needs --now." },
    'lost-transfers': { type: 'string', value: 'N', description: 'With --network: how many of the network\'s transfers never arrive (default 0).' },
    force: { type: 'boolean', description: 'Replace FILE if it exists.' },
  },
  details: [
    'The bundle is number 1 of its sender. Give it a neutral file name, never a facility name.',
    'A network: run make-demo once per member, each with its own identity and the same --detainees, --seed, --now, --network list and --lost-transfers. Each transfer out of one member to another is followed, hours later, by an admission of the same person there, except the lost ones.',
    'Exit status: 0 written, 2 usage error.',
  ],
};

function detaineeCount(args: ParsedArgs): number {
  const text = requiredOption(args, 'detainees');
  const count = /^[0-9]{1,7}$/.test(text) ? Number(text) : Number.NaN;
  if (!(count >= 1 && count <= MAX_DEMO_DETAINEES)) {
    throw new UsageError(`--detainees must be a whole number from 1 to ${MAX_DEMO_DETAINEES}`, args.command);
  }
  return count;
}

function demoNow(io: CliIo, args: ParsedArgs): Date {
  const text = stringOption(args, 'now');
  if (text === undefined) return io.now();
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms)) throw new UsageError('--now must be an ISO 8601 time, e.g. 2026-11-26T10:00:00Z', args.command);
  return new Date(ms);
}

async function addressees(io: CliIo, args: ParsedArgs): Promise<BundleAddressees> {
  const to = listOption(args, 'to');
  const passphraseFile = stringOption(args, 'passphrase-file');
  if (passphraseFile !== undefined) {
    if (to.length > 0) throw new UsageError('give either --to or --passphrase-file, not both', args.command);
    return { passphrase: await readPassphraseFile(io, passphraseFile, args.command) };
  }
  if (to.length === 0) throw new UsageError('--to RECIPIENT (or --passphrase-file F) is required', args.command);
  const recipients: string[] = [];
  for (const value of to) {
    if (value.startsWith('age1') && !isX25519Recipient(value)) {
      throw new UsageError(`${JSON.stringify(value)} is not a valid age X25519 recipient (age1…, lowercase)`, args.command);
    }
    const recipient = isX25519Recipient(value) ? value : (await readCardFile(io, value, args.command)).recipient;
    if (recipients.includes(recipient)) throw new UsageError(`recipient ${recipient} is given twice`, args.command);
    recipients.push(recipient);
  }
  return { recipients };
}

/** Most facilities of one network. */
export const MAX_NETWORK_FACILITIES = 20;

type Network = NonNullable<Parameters<typeof buildDemoLedger>[0]['network']>;

/** The --network and --lost-transfers options, checked against the identity's facility. */
function networkOf(args: ParsedArgs, facility: string, detainees: number): Network | undefined {
  const facilities = listOption(args, 'network');
  const lostText = stringOption(args, 'lost-transfers');
  if (facilities.length === 0) {
    if (lostText !== undefined) throw new UsageError('--lost-transfers needs --network', args.command);
    return undefined;
  }
  if (stringOption(args, 'now') === undefined) throw new UsageError('--network needs --now, the same for every member, so the members agree', args.command);
  if (facilities.length < 2 || facilities.length > MAX_NETWORK_FACILITIES) throw new UsageError(`--network must name 2 to ${MAX_NETWORK_FACILITIES} facilities`, args.command);
  if (facilities.some((name) => name.length > CARD_FACILITY_MAX_CHARS || /[\p{Cc}]/u.test(name))) {
    throw new UsageError(`--network names must be at most ${CARD_FACILITY_MAX_CHARS} characters, without control characters`, args.command);
  }
  if (new Set(facilities).size !== facilities.length) throw new UsageError('--network names a facility twice', args.command);
  if (!facilities.includes(facility)) throw new UsageError(`--network must include this identity's facility, ${JSON.stringify(facility)}`, args.command);
  const lost = lostText === undefined ? 0 : /^[0-9]{1,4}$/.test(lostText) ? Number(lostText) : Number.NaN;
  const transfers = facilities.length * defaultTransfersPerFacility(detainees);
  if (!(lost <= transfers)) throw new UsageError(`--lost-transfers must be a whole number from 0 to ${transfers} (the network's transfers)`, args.command);
  return { facilities, lostTransfers: lost };
}

/** What the transfers of a network member look like, for the summary. */
function transferLines(ledger: DemoLedger): string[] {
  const { transfers } = ledger;
  if (transfers === undefined) return [];
  const lost = transfers.out.filter((transfer) => transfer.arrivedMs === undefined).length;
  return [
    `  Transfers:  ${transfers.out.length} out to the network (${lost} never arrive), ${transfers.in.filter((transfer) => transfer.arrivedMs !== undefined).length} in from it`,
  ];
}

/** Runs make-demo. */
export async function runMakeDemo(io: CliIo, args: ParsedArgs): Promise<ExitCode> {
  const detainees = detaineeCount(args);
  const out = requiredOption(args, 'out');
  const now = demoNow(io, args);
  const identity = await readIdentity(io, requiredOption(args, 'identity'), args.command);
  const to = await addressees(io, args);
  const { signing, card } = identity;
  const seed = stringOption(args, 'seed') ?? DEFAULT_SEED;
  const network = networkOf(args, card.facility, detainees);
  const ledger = buildDemoLedger({ detainees, seed, now, facility: card.facility, signingPublicKey: signing.publicKey, registry: CLI_EVENT_REGISTRY, ...(network === undefined ? {} : { network }) });
  const written = await writeBundle({
    events: ledger.events,
    sender: { signingSecretKey: signing.secretKey, signingPublicKey: signing.publicKey, facility: card.facility },
    to,
    bundleSeq: 1,
    prevBundle: '',
    createdAt: io.now().toISOString(),
    app: { name: 'habeas', version },
    deflate: zlibDeflate,
  });
  await writeNewFiles([{ path: resolvePath(io, out), shownPath: out, bytes: written.bytes, mode: PUBLIC_FILE_MODE }], args.command, { overwrite: flagOption(args, 'force') });
  const recipients = 'recipients' in to ? `${to.recipients.length} recipient(s)` : 'a passphrase';
  println(io.stdout, `Demo bundle written to ${out}`);
  println(io.stdout, `  Facility:   ${card.facility} (synthetic; register prefix ${ledger.registerPrefix})`);
  println(io.stdout, `  Detainees:  ${detainees}${ledger.transfers === undefined ? '' : ' (and those transferred within the network)'}`);
  for (const line of transferLines(ledger)) println(io.stdout, line);
  println(io.stdout, `  Events:     ${ledger.events.length}`);
  println(io.stdout, `  Encrypted:  to ${recipients}`);
  println(io.stdout, `  Size:       ${written.bytes.length} bytes`);
  println(io.stdout, `  SHA-256:    ${sha256File(written.bytes)}`);
  println(io.stdout, `  Manifest:   ${written.manifestHash}`);
  return EXIT.ok;
}
