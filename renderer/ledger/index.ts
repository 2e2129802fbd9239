/**
 * The ledger's public surface for the vault (open on unlock, close on lock) and the UI
 * (projections through useProjection, timelines through readEvent, Verify and rebuild).
 */
export { DEFAULT_LEDGER_CONFIG } from './config';
export { platformDigest } from './digest';
export type { LedgerConfig } from './config';
export { openLedgerStorage } from './ledgerStorage';
export type { ImportedAndRecorded, LedgerStorage, LedgerStorageOptions } from './ledgerStorage';
export { createLedgerSession } from './ledgerSession';
export type { LedgerSession, LedgerSessionOptions, ProjectionSink, RebuildResult, StartResult } from './ledgerSession';
export type { ImportedHead, ImportSegment } from './importEvents';
export type { StoredEntry } from './pageCodec';
export { LedgerStorageError } from './storageContext';
export type { LedgerDb } from './storageContext';
export type { StoredFailure, StoredFailureReason, StoredVerified, VerifyProgress } from './verifyStored';
export { acquireWriterLock } from './writerLock';
export type { WriterLock } from './writerLock';
export { CORE_PROJECTIONS } from './projections/coreProjections';
export { facilityOf, facilityProjection } from './projections/facility';
export type { FacilityRecord, FacilityState } from './projections/facility';
export { usersOf, usersProjection } from './projections/users';
export type { UserRecord, UsersState } from './projections/users';
export { eventIndexProjection, eventsAbout } from './projections/eventIndex';
export type { EventIndexState, EventRef } from './projections/eventIndex';
export { auditEntries, auditLogProjection } from './projections/auditLog';
export type { AuditEntry, AuditLogState } from './projections/auditLog';
export { projectionStoreSink, useProjectionStore } from './projections/projectionStore';
export type { ProjectionPhase } from './projections/projectionStore';
export { useProjection } from './projections/useProjection';
export type { AnyProjection, LedgerCursor, Projection, ProjectionStates } from './projections/types';
