import type { TranslationKey } from '../../../i18n/translationKey';
import type { CardIssue } from './cardRules';

/** What to tell the person for each reason a card cannot be added, and what to do. */
export const CARD_ISSUE_KEYS = {
  empty: 'exchange.addContact.issues.empty',
  'too-large': 'exchange.addContact.issues.tooLarge',
  'not-canonical-json': 'exchange.addContact.issues.notCard',
  schema: 'exchange.addContact.issues.schema',
  'bad-signing-key': 'exchange.addContact.issues.altered',
  'ledger-mismatch': 'exchange.addContact.issues.altered',
  'bad-recipient': 'exchange.addContact.issues.altered',
  'fingerprint-mismatch': 'exchange.addContact.issues.altered',
  'own-card': 'exchange.addContact.issues.ownCard',
  'already-added': 'exchange.addContact.issues.alreadyAdded',
  'different-card': 'exchange.addContact.issues.differentCard',
  revoked: 'exchange.addContact.issues.revoked',
} as const satisfies Record<CardIssue, TranslationKey>;
