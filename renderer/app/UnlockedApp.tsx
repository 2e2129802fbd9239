import { useEffect } from 'react';
import type { DataRouter } from 'react-router';
import { RouterProvider } from 'react-router';
import { OutboxBackground } from '../features/outbox';
import { useAutoLock } from '../vault/useAutoLock';
import { useCurrentUser } from '../vault/useCurrentUser';
import { useVault } from '../vault/useVault';
import { FacilityTimeZone } from './FacilityTimeZone';

/** The app proper, only while unlocked: it locks itself when idle, or when the signed-in user's access is withdrawn. */
export function UnlockedApp({ router }: { router: DataRouter }) {
  const { lock } = useVault();
  const user = useCurrentUser();
  useAutoLock();
  useEffect(() => {
    if (!user.isActive) lock().catch(() => undefined);
  }, [user.isActive, lock]);
  return (
    <FacilityTimeZone>
      <OutboxBackground />
      <RouterProvider router={router} />
    </FacilityTimeZone>
  );
}
