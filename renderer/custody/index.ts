/**
 * The detainee register's data in the renderer: the custody projection, the hooks that
 * read it and the commands that write it. The screens live in features/ (register,
 * admission, detainee, population) and share these, never their own copies.
 */
export { admitDetainee, recordCustodyEvent } from './commands';
export type { AdmissionInput, Admitted, CustodyDraft } from './commands';
export { cachedMovements } from './movements';
export { custodyProjection } from './projection';
export {
  recordsOf,
  useCustodyRecord,
  useCustodyRecords,
  useCustodyState,
  useNow,
  useRecordSafeguards,
  useRegisterSeriesAudit,
  useSafeguardProfile,
  useToday,
} from './queries';
