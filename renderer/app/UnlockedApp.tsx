import { useEffect } from 'react';
import type { DataRouter } from 'react-router';
import { RouterProvider } from 'react-router';
import { ExportFollowUpProvider } from '../features/exchange';
import { OutboxBackground, sendExportNow } from '../features/outbox';
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
      {/* The outbox imports the exchange, so the exchange's export screen gets "send now" from here. */}
      <ExportFollowUpProvider value={sendExportNow}>
        <RouterProvider router={router} />
      </ExportFollowUpProvider>
    </FacilityTimeZone>
  );
}
