/**
 * Every bundle problem (shared/bundle/errors.ts) as a sentence in the user's language,
 * from its code and parameters. Names of ledgers are looked up where this installation
 * knows them; a sender's facility name is shown as the bundle claims it, which the
 * messages say when the sender is not trusted.
 */
import type { TFunction } from 'i18next';
import type { BundleProblem, BundleProblemCode, BundleProblemParams, SizeSubject } from '@shared/bundle/errors';
import type { TranslationKey } from '../../i18n/translationKey';
import { shortLedger } from './shortLedger';

export type ProblemContext = {
  t: TFunction;
  /** The facility name of a ledger, if known. */
  nameOf: (ledger: string) => string | undefined;
  number: (value: number) => string;
};

const SIZE_SUBJECT_KEYS = {
  file: 'exchange.problem.size.file',
  'age-header': 'exchange.problem.size.ageHeader',
  'age-stanzas': 'exchange.problem.size.ageStanzas',
  manifest: 'exchange.problem.size.manifest',
  signature: 'exchange.problem.size.signature',
  'events-file': 'exchange.problem.size.eventsFile',
  'event-count': 'exchange.problem.size.eventCount',
} as const satisfies Record<SizeSubject, TranslationKey>;

const MIB = 1024 * 1024;

function limitText(what: SizeSubject, limit: number, ctx: ProblemContext): string {
  if (what === 'event-count' || what === 'age-stanzas') return ctx.number(limit);
  return ctx.t('exchange.problem.megabytes', { size: ctx.number(Math.round((limit / MIB) * 10) / 10) });
}

function ledgerName(ledger: string, ctx: ProblemContext): string {
  return ctx.nameOf(ledger) ?? ctx.t('exchange.problem.unknownLedger', { id: shortLedger(ledger) });
}

type MessageTable = { readonly [C in BundleProblemCode]: (params: BundleProblemParams[C], ctx: ProblemContext) => string };

const MESSAGES: MessageTable = {
  'too-large': (p, ctx) => ctx.t('exchange.problem.tooLarge', { what: ctx.t(SIZE_SUBJECT_KEYS[p.what]), limit: limitText(p.what, p.limit, ctx) }),
  'not-a-bundle': (_p, ctx) => ctx.t('exchange.problem.notABundle'),
  damaged: (_p, ctx) => ctx.t('exchange.problem.damaged'),
  'not-for-me': (_p, ctx) => ctx.t('exchange.problem.notForMe'),
  'passphrase-required': (_p, ctx) => ctx.t('exchange.problem.passphraseRequired'),
  'wrong-passphrase': (_p, ctx) => ctx.t('exchange.problem.wrongPassphrase'),
  'weak-passphrase-work-factor': (p, ctx) => ctx.t('exchange.problem.weakWorkFactor', { logN: p.logN, min: p.min }),
  'excessive-passphrase-work-factor': (p, ctx) => ctx.t('exchange.problem.excessiveWorkFactor', { logN: p.logN, max: p.max }),
  'mixed-stanzas': (_p, ctx) => ctx.t('exchange.problem.mixedStanzas'),
  'bad-zip': (p, ctx) => ctx.t('exchange.problem.badZip', { detail: `${p.reason} ${p.entry}`.trim() }),
  unsigned: (_p, ctx) => ctx.t('exchange.problem.unsigned'),
  bomb: (_p, ctx) => ctx.t('exchange.problem.bomb'),
  'bad-manifest': (p, ctx) => ctx.t('exchange.problem.badManifest', { detail: p.detail }),
  'unsupported-format': (p, ctx) => ctx.t('exchange.problem.unsupportedFormat', { format: p.format }),
  'bad-signature': (_p, ctx) => ctx.t('exchange.problem.badSignature'),
  'untrusted-sender': (p, ctx) => ctx.t('exchange.problem.untrustedSender', { facility: p.facility, fingerprint: p.fingerprint }),
  'revoked-sender': (p, ctx) =>
    ctx.t('exchange.problem.revokedSender', { facility: p.facility, bundleSeq: ctx.number(p.bundleSeq), revokedFrom: ctx.number(p.revokedFromBundleSeq) }),
  'not-in-recipients': (_p, ctx) => ctx.t('exchange.problem.notInRecipients'),
  'events-mismatch': (p, ctx) => ctx.t('exchange.problem.eventsMismatch', { detail: p.what }),
  'bad-event': (p, ctx) =>
    p.reason === 'unknown-type'
      ? ctx.t('exchange.problem.unknownType', { line: ctx.number(p.line) })
      : ctx.t('exchange.problem.badEvent', { line: ctx.number(p.line), detail: `${p.reason}: ${p.detail}` }),
  'segment-mismatch': (p, ctx) => ctx.t('exchange.problem.segmentMismatch', { ledger: ledgerName(p.ledger, ctx), detail: p.reason }),
  replay: (p, ctx) => ctx.t('exchange.problem.replay', { facility: p.facility, bundleSeq: ctx.number(p.bundleSeq) }),
  stale: (p, ctx) => ctx.t('exchange.problem.stale', { facility: p.facility, bundleSeq: ctx.number(p.bundleSeq), last: ctx.number(p.lastBundleSeq) }),
  'conflicting-bundle': (p, ctx) => ctx.t('exchange.problem.conflictingBundle', { facility: p.facility, bundleSeq: ctx.number(p.bundleSeq) }),
  'broken-bundle-chain': (p, ctx) => ctx.t('exchange.problem.brokenBundleChain', { facility: p.facility, bundleSeq: ctx.number(p.bundleSeq) }),
  pending: (p, ctx) =>
    p.missingBundleSeq === null
      ? ctx.t('exchange.problem.pendingEntries', {
          facility: p.facility,
          bundleSeq: ctx.number(p.bundleSeq),
          ledger: ledgerName(p.missingLedger, ctx),
          from: ctx.number(p.missingFrom),
          to: ctx.number(p.missingTo),
        })
      : ctx.t('exchange.problem.pendingBundle', { facility: p.facility, bundleSeq: ctx.number(p.bundleSeq), missing: ctx.number(p.missingBundleSeq) }),
  fork: (p, ctx) => ctx.t('exchange.problem.fork', { ledger: ledgerName(p.forkedLedger, ctx), seq: ctx.number(p.seq) }),
  unverifiable: (p, ctx) => ctx.t('exchange.problem.unverifiable', { ledger: ledgerName(p.overlapLedger, ctx), seq: ctx.number(p.seq) }),
};

function describe<C extends BundleProblemCode>(code: C, params: BundleProblemParams[C], ctx: ProblemContext): string {
  return MESSAGES[code](params, ctx);
}

/** The problem as a sentence in the current language. */
export function bundleProblemText(found: BundleProblem, ctx: ProblemContext): string {
  return describe(found.code, found.params, ctx);
}
