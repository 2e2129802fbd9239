import { use } from 'react';
import type { Session } from './session';
import { SessionContext } from './sessionContext';

/** The unlocked session; only screens shown while unlocked may call it. */
export function useSession(): Session {
  const session = use(SessionContext);
  if (session === null) throw new Error('useSession() needs an unlocked session (a <SessionContext> provider)');
  return session;
}
