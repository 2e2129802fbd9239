/**
 * From a record's ingredients to the record the UI reads: corrections and voids applied,
 * status and location, child and woman flags, gaps and search keys. A pure function of
 * the ingredients, recomputed whenever one of the record's events arrives.
 */
import type { JsonValue } from '../../crypto/canonicalJson';
import type { LegalCategory, LegalRegime, Separation } from '../events/common';
import type { Known } from '../known';
import { valueOf } from '../known';
import { searchKeys } from '../names';
import { formatRegisterNumber } from '../registerNumbers';
import { childStatusAt } from './ages';
import { applyCorrections } from './applyCorrections';
import { resolveAudits } from './audit';
import type { RawRecord } from './raw';
import { registerNumberOf } from './raw';
import { statusOf } from './status';
import { gapsOf } from './summary';
import type { AdmissionSummary, CustodyLocation, CustodyRecord, RecordProblem, TimelineEntry } from './types';

/** The value of a Known summary field; callers narrow it (payloads were schema-checked when written). */
function read(summary: AdmissionSummary, path: string): unknown {
  return valueOf(summary[path] as Known<unknown> | undefined);
}

function readText(summary: AdmissionSummary, path: string): string | undefined {
  const value = read(summary, path);
  return typeof value === 'string' ? value : undefined;
}

/** The names and numbers a record is found by. */
function namesOf(summary: AdmissionSummary, registerLabel: string): string[] {
  const names = NAME_PATHS.slice(0, 5)
    .map((path) => readText(summary, path))
    .filter((name): name is string => name !== undefined);
  const aliases = (read(summary, 'identity.aliases') ?? []) as string[];
  const documents = (read(summary, 'identity.documents') ?? []) as { number: Known<string> }[];
  const documentNumbers = documents.map((doc) => valueOf(doc.number)).filter((n): n is string => n !== undefined);
  return [...names, ...aliases, registerLabel, ...documentNumbers];
}

function isWomanOf(summary: AdmissionSummary): boolean {
  const gender = readText(summary, 'identity.genderIdentity');
  return gender === undefined ? readText(summary, 'identity.sex') === 'female' : gender === 'woman';
}

function byOccurrence(a: TimelineEntry, b: TimelineEntry): number {
  if (a.occurredMs !== b.occurredMs) return a.occurredMs - b.occurredMs;
  if (a.ledger !== b.ledger) return a.ledger < b.ledger ? -1 : 1;
  return a.seq - b.seq;
}

function initialLocation(summary: AdmissionSummary): CustodyLocation {
  const place = (summary['admission.place'] as string | undefined) ?? '';
  const placement = readText(summary, 'admission.placement');
  const separation = read(summary, 'admission.separation') as Separation | undefined;
  return { place, ...(placement ? { placement } : {}), ...(separation ? { separation } : {}) };
}

function instantMs(value: JsonValue | undefined): number | undefined {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

type Corrected = ReturnType<typeof applyCorrections>;

/** Who the person is, for flags and required fields. */
function personOf(summary: AdmissionSummary, fieldKinds: string) {
  const admissionAt = summary['admission.at'] as string;
  const arrestAt = readText(summary, 'arrest.at');
  const legalCategory = read(summary, 'status.legalCategory') as LegalCategory | undefined;
  const legalRegime = summary['status.legalRegime'] as LegalRegime;
  const isWoman = isWomanOf(summary);
  const who = { isIac: legalRegime === 'iac', isPow: legalCategory === 'pow', isInternee: legalCategory === 'civilian_internee', isWoman };
  return {
    legalRegime,
    legalCategory,
    admittedMs: Date.parse(admissionAt),
    arrestMs: instantMs(arrestAt),
    childStatus: childStatusAt(
      readText(summary, 'identity.dateOfBirth'),
      read(summary, 'identity.estimatedAgeYears') as number | undefined,
      arrestAt ?? admissionAt,
    ),
    isWoman,
    isForeignNational: read(summary, 'identity.isForeignNational') === true,
    gaps: gapsOf(fieldKinds, who),
  };
}

function auditPartsOf(audit: ReturnType<typeof resolveAudits>, corrected: Corrected, duplicateIds: readonly string[]) {
  const problems: RecordProblem[] = [
    ...audit.problems,
    ...duplicateIds.map((eventId) => ({ code: 'duplicate-admission' as const, eventId })),
  ];
  return {
    voidedEventIds: audit.voidedIds,
    corrections: audit.corrections.map((c) => (corrected.staleIds.has(c.id) ? { ...c, isStale: true } : c)),
    voids: audit.voids,
    pendingConfirmations: audit.pending,
    problems,
  };
}

const NAME_PATHS = [
  'identity.familyName',
  'identity.givenNames',
  'identity.familyNameLatin',
  'identity.givenNamesLatin',
  'identity.fatherFirstName',
  'identity.aliases',
  'identity.documents',
];

/** Search keys are the costliest part of a record: reuse the previous ones while the names did not change. */
function keysFor(summary: AdmissionSummary, registerLabel: string, previous: CustodyRecord | null | undefined): readonly string[] {
  const unchanged =
    previous != null &&
    previous.registerLabel === registerLabel &&
    NAME_PATHS.every((path) => previous.admission[path] === summary[path]);
  return unchanged ? previous.searchKeys : searchKeys(namesOf(summary, registerLabel));
}

/**
 * The record, or null while the subject's admission has not arrived. `previous` (the
 * record before the newest events) only lets unchanged search keys be reused;
 * `snapshotKeys` are keys a snapshot saved for these very ingredients.
 */
export function deriveRecord(
  subject: string,
  raw: RawRecord,
  previous?: CustodyRecord | null,
  snapshotKeys?: readonly string[] | null,
): CustodyRecord | null {
  const [admission, ...duplicates] = raw.admissions;
  if (admission === undefined) return null;
  const audit = resolveAudits(raw);
  const corrected = applyCorrections(admission.id, admission.summary, admission.fieldKinds, raw.entries, audit.applied);
  const { summary } = corrected;
  const registerNumber = registerNumberOf(admission);
  const registerLabel = formatRegisterNumber(registerNumber.prefix, registerNumber.number);
  const person = personOf(summary, corrected.fieldKinds);
  const timeline = [...corrected.entries].sort(byOccurrence);
  return {
    id: subject,
    ledger: admission.ledger,
    admissionEventId: admission.id,
    registerNumber,
    registerLabel,
    admission: summary,
    admissionRecordedMs: admission.recordedMs,
    ...person,
    ...statusOf(timeline, audit.voidedIds, person.admittedMs, initialLocation(summary)),
    timeline,
    ...auditPartsOf(audit, corrected, duplicates.map((duplicate) => duplicate.id)),
    isVoided: audit.voidedIds.has(admission.id),
    searchKeys: snapshotKeys ?? keysFor(summary, registerLabel, previous),
  };
}
