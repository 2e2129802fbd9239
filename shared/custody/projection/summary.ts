/**
 * The admission summary: the admission fields the register list, flags, search and
 * safeguards read, by payload path, plus the Known-kind of every admission field (one
 * character each) so gaps can be listed without keeping the whole payload in memory.
 */
import type { JsonObject, JsonValue } from '../../crypto/canonicalJson';
import { getAtPath, getAtSegments, isPathWithin, pathSegments, setAtPath } from '../jsonPath';
import type { KnownKind } from '../known';
import { knownKindOf } from '../known';
import type { RequiredFor } from '../standards/admissionFields';
import { ADMISSION_FIELDS } from '../standards/admissionFields';
import type { AdmissionSummary } from './types';

/** The admission paths kept in the summary. */
export const SUMMARY_PATHS = [
  'registerNumber',
  'identity.familyName',
  'identity.givenNames',
  'identity.familyNameLatin',
  'identity.givenNamesLatin',
  'identity.aliases',
  'identity.fatherFirstName',
  'identity.placeOfBirth',
  'identity.sex',
  'identity.genderIdentity',
  'identity.dateOfBirth',
  'identity.estimatedAgeYears',
  'identity.nationality',
  'identity.isForeignNational',
  'identity.documents',
  'status.legalCategory',
  'status.legalRegime',
  'arrest.at',
  'arrest.reasonsToldAt',
  'admission.at',
  'admission.place',
  'admission.placement',
  'admission.separation',
  'health.examination',
  'health.priorIllTreatment.value.present',
  'health.tortureReferral.value.at',
  'family.consentToNotify',
] as const;

const KIND_CODES: Readonly<Record<KnownKind, string>> = {
  value: 'v',
  unknown: 'u',
  refused: 'r',
  not_applicable: 'n',
  absent: 'a',
};
const KINDS_BY_CODE: ReadonlyMap<string, KnownKind> = new Map(
  Object.entries(KIND_CODES).map(([kind, code]) => [code, kind as KnownKind]),
);

// Split once: summaries are built for every admission replayed.
const SUMMARY_SEGMENTS = SUMMARY_PATHS.map((path) => [path, pathSegments(path)] as const);
const FIELD_SEGMENTS = ADMISSION_FIELDS.map((entry) => pathSegments(entry.id));

/** The summary of an admission payload. */
export function summarize(payload: JsonObject): AdmissionSummary {
  const summary: Record<string, JsonValue | undefined> = {};
  for (const [path, segments] of SUMMARY_SEGMENTS) summary[path] = getAtSegments(payload, segments);
  return summary;
}

/** The Known-kind of every admission field (ADMISSION_FIELDS order), one character each. */
export function fieldKindsOf(payload: JsonObject): string {
  let kinds = '';
  for (const segments of FIELD_SEGMENTS) kinds += KIND_CODES[knownKindOf(getAtSegments(payload, segments))];
  return kinds;
}

/** The new value at `path` after a correction of `correctedPath` to `to`; `undefined` means unaffected. */
function correctedValue(current: JsonValue | undefined, path: string, correctedPath: string, to: JsonValue) {
  if (isPathWithin(path, correctedPath)) {
    return { value: path === correctedPath ? to : getAtPath(to, path.slice(correctedPath.length + 1)) };
  }
  if (isPathWithin(correctedPath, path) && current !== undefined) {
    const updated = setAtPath(current, correctedPath.slice(path.length + 1), to);
    return updated === undefined ? undefined : { value: updated };
  }
  return undefined;
}

/** The summary after a correction of an admission field. */
export function correctSummary(summary: AdmissionSummary, correctedPath: string, to: JsonValue): AdmissionSummary {
  let next: Record<string, JsonValue | undefined> | undefined;
  for (const path of SUMMARY_PATHS) {
    const change = correctedValue(summary[path], path, correctedPath, to);
    if (change === undefined) continue;
    next ??= { ...summary };
    next[path] = change.value;
  }
  return next ?? summary;
}

/** The field kinds after a correction: a field replaced whole (or via an ancestor) gets the new value's kind. */
export function correctFieldKinds(kinds: string, correctedPath: string, to: JsonValue): string {
  const next = ADMISSION_FIELDS.map((entry, index) => {
    if (!isPathWithin(entry.id, correctedPath)) return kinds.charAt(index) || KIND_CODES.absent;
    const value = entry.id === correctedPath ? to : getAtPath(to, entry.id.slice(correctedPath.length + 1));
    return KIND_CODES[knownKindOf(value)];
  });
  const joined = next.join('');
  return joined === kinds ? kinds : joined;
}

/** Who the record is, for deciding which fields are required. */
export type RequirementProfile = { isIac: boolean; isPow: boolean; isInternee: boolean; isWoman: boolean };

function isRequired(requiredFor: RequiredFor, who: RequirementProfile): boolean {
  switch (requiredFor) {
    case 'all':
      return true;
    case 'iac':
      return who.isIac && (who.isPow || who.isInternee);
    case 'pow':
      return who.isPow;
    case 'internee':
      return who.isInternee;
    case 'women':
      return who.isWoman;
    case 'none':
      return false;
  }
}

/** Required fields that are unknown or absent: the record's gaps. Refusals are answers, not gaps. */
export function gapsOf(kinds: string, who: RequirementProfile): string[] {
  const kindOf = (id: string) => KINDS_BY_CODE.get(kinds[ADMISSION_FIELDS.findIndex((f) => f.id === id)] ?? 'a');
  const gaps: string[] = [];
  ADMISSION_FIELDS.forEach((entry, index) => {
    if (!isRequired(entry.requiredFor, who)) return;
    const kind = KINDS_BY_CODE.get(kinds[index] ?? 'a');
    if (kind !== 'unknown' && kind !== 'absent') return;
    if (entry.satisfiedBy !== undefined && kindOf(entry.satisfiedBy) === 'value') return;
    gaps.push(entry.id);
  });
  return gaps;
}
