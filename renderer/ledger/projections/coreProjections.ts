/**
 * The projections every installation has. Features add theirs (custody records,
 * inspections …) by passing a longer list to the ledger session.
 */
import { auditLogProjection } from './auditLog';
import { eventIndexProjection } from './eventIndex';
import { facilityProjection } from './facility';
import type { AnyProjection } from './types';
import { usersProjection } from './users';

export const CORE_PROJECTIONS: readonly AnyProjection[] = [
  facilityProjection,
  usersProjection,
  eventIndexProjection,
  auditLogProjection,
];
