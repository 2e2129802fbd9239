/**
 * Reads of the oversight screens. Everything is derived from projections already held in
 * memory (custody records of every ledger, facility profiles, the audit trail, the bundle
 * history, inspections and actions) by the pure modules of shared/oversight, memoised per
 * state so a screen recomputes only when an event or a setting changed.
 */
import { useCallback, useMemo } from 'react';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { ImportEntry } from '@shared/exchange/history';
import { actionCountsByFacility } from '@shared/inspection/actionViews';
import { actionsProjection } from '@shared/inspection/actionsProjection';
import { inspectionsProjection } from '@shared/inspection/inspectionsProjection';
import type { OversightAlert } from '@shared/oversight/alerts';
import { exitAlerts, sortAlerts, transferAlerts } from '@shared/oversight/alerts';
import type { BundleFinding, LedgerEventAudit, RegisterSeriesFinding } from '@shared/oversight/integrity';
import { auditLedgerEvents, bundleFindings, registerSeriesFindings } from '@shared/oversight/integrity';
import type { FacilityOverviewRow } from '@shared/oversight/overview';
import { custodyCountsByLedger, facilityOverviewRow, latestInspection } from '@shared/oversight/overview';
import { reconcileTransfers } from '@shared/oversight/transfers';
import { useDb } from '../../db/useDb';
import { useLiveQuery } from '../../db/useLiveQuery';
import { useCustodyRecords, useCustodyState, useNow, useSafeguardProfile } from '../../custody';
import { auditEntries, auditLogProjection, eventIndexProjection, eventsAbout, facilityProjection, useProjection } from '../../ledger';
import { useSession } from '../../vault/useSession';
import { useBundleHistory } from '../exchange';
import type { OversightSettings } from './settings';
import { CLOCK_TOLERANCE_HOURS, OVERSIGHT_SETTING_IDS, SETTING_KEYS, settingsFromStored } from './settings';

/** A facility whose register was imported here. */
export type OversightFacility = { readonly ledger: string; readonly name: string; readonly code: string; readonly registerPrefix: string; readonly timeZone: string };

/** The settings stored on this computer (defaults until read, or if unreadable). */
export function useOversightSettings(): OversightSettings {
  const db = useDb();
  const read = useCallback(async () => {
    const rows = await db.settings.bulkGet(OVERSIGHT_SETTING_IDS.map((id) => SETTING_KEYS[id]));
    return settingsFromStored(Object.fromEntries(OVERSIGHT_SETTING_IDS.map((id, index) => [id, rows[index]?.value])));
  }, [db]);
  const stored = useLiveQuery(read);
  return useMemo(() => (stored.status === 'ready' ? stored.value : settingsFromStored({})), [stored]);
}

/** Every facility held except this installation's own, by name. */
export function useOversightFacilities(): readonly OversightFacility[] {
  const { ledgerId } = useSession();
  const facilities = useProjection(facilityProjection, (state) => state.byLedger);
  return useMemo(() => {
    const list = [...facilities.values()]
      .filter((record) => record.ledger !== ledgerId)
      .map((record) => ({ ledger: record.ledger, name: record.profile.name, code: record.profile.code, registerPrefix: record.profile.registerPrefix, timeZone: record.profile.timeZone }));
    return list.sort((a, b) => a.name.localeCompare(b.name) || (a.ledger < b.ledger ? -1 : 1));
  }, [facilities, ledgerId]);
}

/** The alerts, most severe first. Recomputed when records or settings change, and each minute (windows close with time). */
export function useOversightAlerts(settings: OversightSettings): readonly OversightAlert[] {
  const records = useCustodyRecords();
  const facilities = useOversightFacilities();
  const now = useNow();
  const minute = Math.floor(now.getTime() / 60_000);
  return useMemo(() => {
    const options = { windowHours: settings.windowHours, toleranceHours: CLOCK_TOLERANCE_HOURS, now: new Date(minute * 60_000) };
    return sortAlerts([...transferAlerts(reconcileTransfers(records, facilities, options)), ...exitAlerts(records)]);
  }, [records, facilities, settings.windowHours, minute]);
}

/** Records by id, for showing what an alert is about. */
export function useRecordsById(): ReadonlyMap<string, CustodyRecord> {
  const records = useCustodyRecords();
  return useMemo(() => new Map(records.map((record) => [record.id, record])), [records]);
}

/** One overview row per imported facility. */
export function useOverviewRows(settings: OversightSettings): readonly FacilityOverviewRow[] {
  const facilities = useOversightFacilities();
  const records = useCustodyRecords();
  const history = useBundleHistory();
  const auditLog = useProjection(auditLogProjection, (state) => state);
  const inspections = useProjection(inspectionsProjection, (state) => state);
  const actions = useProjection(actionsProjection, (state) => state);
  const profile = useSafeguardProfile();
  const now = useNow();
  const minute = Math.floor(now.getTime() / 60_000);
  return useMemo(() => {
    const at = new Date(minute * 60_000);
    const custody = custodyCountsByLedger(records, at, profile);
    const actionCounts = actionCountsByFacility(actions, { now: at });
    return facilities.map((facility) => {
      const size = auditLog.byLedger.get(facility.ledger)?.size ?? 0;
      const [head] = size === 0 ? [] : auditEntries(auditLog, facility.ledger, size, 1);
      const inspection = latestInspection(inspections, facility.code);
      const counts = custody.get(facility.ledger);
      const actionsOf = actionCounts.get(facility.code);
      return facilityOverviewRow({
        ledger: facility.ledger, name: facility.name, code: facility.code,
        ...(head === undefined ? {} : { newestEvent: { seq: head[0], occurredAt: head[6], recordedAt: head[7] } }),
        custody: counts ?? { population: 0, breachedPeople: 0, breaches: 0 },
        ...(actionsOf === undefined ? {} : { actions: actionsOf }),
        ...(inspection === undefined ? {} : { inspection }),
      }, history, at, settings.staleDays);
    });
  }, [facilities, records, history, auditLog, inspections, actions, profile, minute, settings.staleDays]);
}

/** The integrity audit of every imported facility and of the bundle history. */
export type IntegrityAudit = {
  readonly ledgers: readonly LedgerEventAudit[];
  readonly series: readonly RegisterSeriesFinding[];
  readonly bundles: readonly BundleFinding[];
};

export function useIntegrityAudit(settings: OversightSettings): IntegrityAudit {
  const facilities = useOversightFacilities();
  const auditLog = useProjection(auditLogProjection, (state) => state);
  const custody = useCustodyState();
  const history = useBundleHistory();
  return useMemo(() => {
    const ledgers = facilities.map((facility) => {
      const size = auditLog.byLedger.get(facility.ledger)?.size ?? 0;
      const rows = auditEntries(auditLog, facility.ledger, 1, size).map(([seq, id, type, subject, authorId, authorName, occurredAt, recordedAt]) => ({ seq, id, type, subject, authorId, authorName, occurredAt, recordedAt }));
      return auditLedgerEvents(facility.ledger, rows, settings.backdatedHours, facility.timeZone);
    });
    return { ledgers, series: registerSeriesFindings(custody, facilities.map((facility) => facility.ledger)), bundles: bundleFindings(history) };
  }, [facilities, auditLog, custody, history, settings.backdatedHours]);
}

/**
 * The bundle that brought an event here: for an admission (no seq kept), its place is
 * the first event held about the record in its ledger.
 */
export function useBundleOf(): (ledger: string, seq: number | undefined, recordId: string) => { bundle: ImportEntry | undefined; seq: number | undefined } {
  const history = useBundleHistory();
  const index = useProjection(eventIndexProjection, (state) => state);
  return useCallback((ledger, seq, recordId) => {
    const place = seq ?? eventsAbout(index, recordId).find(([refLedger]) => refLedger === ledger)?.[1];
    if (place === undefined) return { bundle: undefined, seq: undefined };
    const bundle = history.imports.find((entry) => entry.newByLedger.some((range) => range.ledger === ledger && range.fromSeq <= place && place <= range.toSeq));
    return { bundle, seq: place };
  }, [history, index]);
}
