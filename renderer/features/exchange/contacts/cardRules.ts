/**
 * Reading a card a person pasted or opened, and whether it may become a contact. The card
 * itself is checked strictly by parseIdentityCard; here come the rules that depend on what
 * this installation already holds.
 */
import type { ContactRecord } from '@shared/exchange/contacts';
import { contactOf } from '@shared/exchange/contacts';
import type { CardProblem, IdentityCard } from '@shared/ledger/identity';
import { parseIdentityCard } from '@shared/ledger/identity';
import type { Result } from '@shared/util/result';
import { err } from '@shared/util/result';

/** Why a card cannot be added. */
export type CardIssue = CardProblem | 'empty' | 'own-card' | 'already-added' | 'different-card' | 'revoked';

/**
 * The card in the text. Surrounding whitespace (a pasted line break, a QR reader's
 * newline) is ignored; everything else must be the card's exact canonical JSON.
 */
export function readCardText(text: string): Result<IdentityCard, CardIssue> {
  const trimmed = text.trim();
  if (trimmed === '') return err('empty');
  return parseIdentityCard(trimmed);
}

/** Why this card cannot be added, or null if it can. */
export function cardIssue(card: IdentityCard, ownLedger: string, contacts: readonly ContactRecord[]): CardIssue | null {
  if (card.ledger === ownLedger) return 'own-card';
  const existing = contactOf(contacts, card.ledger);
  if (existing === undefined) return null;
  if (existing.revoked !== null) return 'revoked';
  // Same ledger id, other card: the same key with another age recipient or name, which a
  // genuine installation never produces. Refused rather than merged.
  return existing.card.fingerprint === card.fingerprint ? 'already-added' : 'different-card';
}
