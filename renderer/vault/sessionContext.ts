import { createContext } from 'react';
import type { Session } from './session';

/**
 * The unlocked session, for the screens inside the app frame. It exists only between
 * unlock and lock; null everywhere else (lock screen, setup).
 */
export const SessionContext = createContext<Session | null>(null);
