/**
 * The sealed record of an unfinished first-run setup. It is written with the keys, in the
 * same transaction, and deleted once the administrator confirms the recovery code is
 * safe; if the app stops in between, the next unlock finds it and finishes the setup
 * (the facility's creation event, the administrator's user event, the recovery code
 * shown again) instead of leaving an installation nobody can enter.
 */
import { z } from 'zod';
import { facilityProfileSchema } from '@shared/ledger/coreEventTypes';
import type { FacilityProfile } from '@shared/ledger/coreEventTypes';
import { displayNameSchema, entityIdSchema } from '@shared/ledger/envelope';
import { openJson, sealJson } from './sealedJson';
import type { SetupRow } from './vaultRows';
import { VAULT_ROW_IDS } from './vaultRows';

export type PendingSetup = {
  facility: FacilityProfile;
  admin: { userId: string; name: string };
  recoveryCode: string;
};

const pendingSetupSchema = z.strictObject({
  facility: facilityProfileSchema,
  admin: z.strictObject({ userId: entityIdSchema, name: displayNameSchema }),
  recoveryCode: z.string().min(1),
});

const PLACE = { table: 'vault', id: VAULT_ROW_IDS.setup } as const;

export function sealPendingSetup(dataKey: Uint8Array, pending: PendingSetup): SetupRow {
  return { id: VAULT_ROW_IDS.setup, kind: 'setup', sealedB64: sealJson(dataKey, PLACE, pending) };
}

/** @throws SealError if altered; ZodError if malformed */
export function openPendingSetup(dataKey: Uint8Array, row: SetupRow): PendingSetup {
  return pendingSetupSchema.parse(openJson(dataKey, PLACE, row.sealedB64));
}
