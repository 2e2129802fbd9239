import { createContext } from 'react';
import type { HabeasDb } from './habeasDb';

/** The database main.tsx opened at startup; null only outside the app (a component rendered alone). */
export const DbContext = createContext<HabeasDb | null>(null);
