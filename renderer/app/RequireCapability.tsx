import type { ReactNode } from 'react';
import type { Capability } from '../vault/permissions';
import { useCan } from '../vault/useCan';
import { NotAllowedScreen } from './NotAllowedScreen';

type RequireCapabilityProps = { capability: Capability | undefined; children: ReactNode };

/** The screen, or a plain refusal for a role that may not use it (a typed address must not bypass the navigation). */
export function RequireCapability({ capability, children }: RequireCapabilityProps) {
  const isAllowed = useCan(capability ?? 'register.read');
  if (capability === undefined || isAllowed) return children;
  return <NotAllowedScreen />;
}
