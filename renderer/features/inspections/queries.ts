/** Reads of the inspections feature: projections through selectors, and views derived from them. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionsState } from '@shared/inspection/actionsProjection';
import { actionsProjection } from '@shared/inspection/actionsProjection';
import type { ActionFilter, ActionView } from '@shared/inspection/actionViews';
import { listActions } from '@shared/inspection/actionViews';
import type { InspectionRecord, InspectionsState } from '@shared/inspection/inspectionsProjection';
import { datedInspection, inspectionsProjection } from '@shared/inspection/inspectionsProjection';
import type { TemplateLanguage } from '@shared/inspection/text';
import type { DatedInspection } from '@shared/inspection/trends';
import type { LegalRegime } from '@shared/inspection/template';
import { facilityProjection, useProjection } from '../../ledger';
import { useFormat } from '../../i18n/useFormat';
import { useSession } from '../../vault/useSession';

export function useInspectionsState(): InspectionsState {
  return useProjection(inspectionsProjection, (state) => state);
}

export function useActionsState(): ActionsState {
  return useProjection(actionsProjection, (state) => state);
}

/** A facility that can be inspected: this installation's own, or one whose ledger was imported. */
export type KnownFacility = {
  code: string;
  name: string;
  regime: LegalRegime;
  officialCapacity: number;
  timeZone: string;
  isOwn: boolean;
};

/** The facilities of the ledgers held, this installation's first, then by name. */
export function useFacilities(): KnownFacility[] {
  const { ledgerId } = useSession();
  const facilities = useProjection(facilityProjection, (state) => state.byLedger);
  return useMemo(() => {
    const byCode = new Map<string, KnownFacility>();
    for (const record of facilities.values()) {
      const { code, name, legalRegime, officialCapacity, timeZone } = record.profile;
      const isOwn = record.ledger === ledgerId;
      if (!byCode.has(code) || isOwn) byCode.set(code, { code, name, regime: legalRegime, officialCapacity, timeZone, isOwn });
    }
    return [...byCode.values()].sort((a, b) => Number(b.isOwn) - Number(a.isOwn) || a.name.localeCompare(b.name));
  }, [facilities, ledgerId]);
}

/** The interface language, as the language template texts are given in. */
export function useTemplateLanguage(): TemplateLanguage {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return language === 'fr' || language === 'ar' ? language : 'en';
}

/** Finished inspections, newest first; optionally one facility's only. */
export function useInspectionRecords(facilityCode?: string): InspectionRecord[] {
  const state = useInspectionsState();
  return useMemo(() => {
    const records = [...state.inspections.values()].filter((record) => facilityCode === undefined || record.payload.facility.code === facilityCode);
    return records.sort((a, b) => Date.parse(b.meta.occurredAt) - Date.parse(a.meta.occurredAt) || (a.id < b.id ? 1 : -1));
  }, [state, facilityCode]);
}

/** One finished inspection with its template resolved; `record` without `dated` means its template is not held here. */
export function useInspection(id: string | null): { record?: InspectionRecord; dated?: DatedInspection } {
  const state = useInspectionsState();
  return useMemo(() => {
    const record = id === null ? undefined : state.inspections.get(id);
    if (record === undefined) return {};
    const dated = datedInspection(state, record);
    return dated === undefined ? { record } : { record, dated };
  }, [state, id]);
}

export function useActionViews(filter: ActionFilter = {}): ActionView[] {
  const state = useActionsState();
  const { timeZone } = useFormat();
  const { facilityCode, status, inspectionId } = filter;
  return useMemo(
    () => listActions(state, { now: new Date(), timeZone }, { facilityCode, status, inspectionId }),
    [state, timeZone, facilityCode, status, inspectionId],
  );
}
