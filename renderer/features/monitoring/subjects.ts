/**
 * What can be monitored: each facility whose register is held here, and each partner,
 * which covers the facilities its profile links (by code, as the adviser report does).
 */
import type { PartnersState } from '@shared/partners/projection';
import { partnersOfFacility } from '@shared/partners/views';
import type { MonitoredFacility } from '@shared/monitoring/snapshot';
import type { SupportStart } from '@shared/monitoring/support';
import { firstDecisionOf } from '@shared/monitoring/support';

/** A facility held here, with its name. */
export type FacilityChoice = MonitoredFacility & { readonly name: string };

/** One facility, or one partner and the facilities linked to it. */
export type MonitoringSubject =
  | { readonly key: string; readonly kind: 'facility'; readonly name: string; readonly facilities: readonly FacilityChoice[]; readonly partnerIds: readonly string[] }
  | { readonly key: string; readonly kind: 'partner'; readonly name: string | undefined; readonly facilities: readonly FacilityChoice[]; readonly partnerIds: readonly string[] };

/** Every subject: facilities first (as given), then partners by name. */
export function monitoringSubjects(facilities: readonly FacilityChoice[], partners: PartnersState): MonitoringSubject[] {
  const facilitySubjects = facilities.map((facility): MonitoringSubject => ({
    key: `facility:${facility.ledger}`, kind: 'facility', name: facility.name, facilities: [facility], partnerIds: partnersOfFacility(partners, facility.code),
  }));
  const partnerSubjects = [...partners.partners.values()].map((record): MonitoringSubject => {
    const profile = record.profiles.at(-1)?.payload;
    const codes = new Set(profile?.facilities.map((facility) => facility.code) ?? []);
    return { key: `partner:${record.id}`, kind: 'partner', name: profile?.name, facilities: facilities.filter((facility) => codes.has(facility.code)), partnerIds: [record.id] };
  });
  partnerSubjects.sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff'));
  return [...facilitySubjects, ...partnerSubjects];
}

/** The first decision on support for the subject's partners, if any was recorded. */
export function suggestedSupportStart(subject: MonitoringSubject, partners: PartnersState): SupportStart | undefined {
  return firstDecisionOf(partners, subject.partnerIds);
}
