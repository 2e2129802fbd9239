/**
 * Giving a user a new passphrase: a new wrap of the same data key replaces theirs (the
 * data is never re-encrypted, security.md T4), and an event records who did it and how.
 * After a recovery-code unlock this is mandatory before the app can be used.
 */
import type { PASSPHRASE_RESET_METHODS } from '@shared/ledger/accessEventTypes';
import type { Clock } from '@shared/util/clock';
import { systemClock } from '@shared/util/clock';
import { passphraseResetDraft } from './eventDrafts';
import type { OpenedVault } from './openVault';
import type { Session, SessionUser } from './session';
import { activeUserOf, appendAsUser } from './session';
import { completeSetup } from './setup';
import { newUserWrap, storeUserWrap } from './userWraps';

type Method = (typeof PASSPHRASE_RESET_METHODS)[number];

/** Thrown when the chosen user may not use the installation (removed, or unknown). */
export class UserNotActiveError extends Error {
  override readonly name = 'UserNotActiveError';
  constructor() {
    super('vault: the user is not an active user of this installation');
  }
}

/** Replaces `target`'s wrap with one under `passphrase`, authored by the session's user. */
export async function setPassphrase(
  session: Session,
  target: SessionUser,
  passphrase: string,
  method: Method,
  options: { clock?: Clock; onProgress?: (fraction: number) => void } = {},
): Promise<void> {
  const row = await newUserWrap(session.db, session.dataKey, target.id, passphrase, options.onProgress);
  await storeUserWrap(session.db, row);
  await appendAsUser(session, passphraseResetDraft(target.id, method, options.clock ?? systemClock));
}

/**
 * Ends a recovery-code unlock: the person has said who they are and chosen a new
 * passphrase; that user's wrap is replaced and the session is theirs.
 * @throws UserNotActiveError if the user was removed
 */
export async function finishRecovery(
  opened: OpenedVault,
  userId: string,
  passphrase: string,
  options: { clock?: Clock; onProgress?: (fraction: number) => void } = {},
): Promise<Session> {
  const user = activeUserOf(opened, userId);
  if (user === undefined) throw new UserNotActiveError();
  const session: Session = { ...opened, user };
  await completeSetup(session, options.clock);
  await setPassphrase(session, user, passphrase, 'recovery_code', options);
  return session;
}
