import type { TranslationKey } from '../../../i18n/translationKey';
import type { FileStatus } from './fileStatus';

type Tone = 'neutral' | 'success' | 'warning' | 'error';

/** How each status is headed and coloured on the import screen. */
export const STATUS_DISPLAY = {
  checking: { key: 'exchange.import.status.checking', tone: 'neutral' },
  ready: { key: 'exchange.import.status.ready', tone: 'neutral' },
  applying: { key: 'exchange.import.status.applying', tone: 'neutral' },
  applied: { key: 'exchange.import.status.applied', tone: 'success' },
  'own-ledger': { key: 'exchange.import.status.ownLedger', tone: 'error' },
  pending: { key: 'exchange.import.status.pending', tone: 'warning' },
  held: { key: 'exchange.import.status.held', tone: 'warning' },
  'already-held': { key: 'exchange.import.status.alreadyHeld', tone: 'neutral' },
  replay: { key: 'exchange.import.status.replay', tone: 'neutral' },
  passphrase: { key: 'exchange.import.status.passphrase', tone: 'warning' },
  untrusted: { key: 'exchange.import.status.untrusted', tone: 'error' },
  evidence: { key: 'exchange.import.status.evidence', tone: 'error' },
  refused: { key: 'exchange.import.status.refused', tone: 'error' },
  error: { key: 'exchange.import.status.error', tone: 'error' },
} as const satisfies Record<FileStatus['kind'], { key: TranslationKey; tone: Tone }>;
