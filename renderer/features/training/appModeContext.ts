import { createContext, use } from 'react';
import type { AppMode } from './appMode';

/** The mode the app started in, and how to switch (main.tsx provides it: switching reloads the page). */
export type AppModeValue = { readonly mode: AppMode; readonly switchTo: (mode: AppMode) => void };

export const AppModeContext = createContext<AppModeValue>({ mode: 'register', switchTo: () => undefined });

export function useAppMode(): AppModeValue {
  return use(AppModeContext);
}
