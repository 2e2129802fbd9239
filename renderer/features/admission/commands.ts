/**
 * Writes of the admission form: sealing the draft, discarding it, and admitting the person
 * (renderer/custody admitDetainee: one append that assigns the register number). Nothing is
 * written while the draft has a problem; the sealed draft is removed once the admission
 * is in the register.
 */
import type { AdmissionPayload } from '@shared/custody/events/admission';
import { valueOf } from '@shared/custody/known';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { formatRegisterNumber } from '@shared/custody/registerNumbers';
import type { Clock } from '@shared/util/clock';
import { systemClock, toUtcIso } from '@shared/util/clock';
import type { Result } from '@shared/util/result';
import { err, ok } from '@shared/util/result';
import { admitDetainee } from '../../custody';
import type { AdmissionInput } from '../../custody';
import type { Session } from '../../vault/session';
import type { AdmissionDraft } from './admissionDraft';
import type { Admitted } from './admissionStore';
import { buildAdmission } from './buildAdmission';
import type { AdmissionProblem } from './checks';
import { admissionProblems, writeProblems } from './checks';
import { admissionDraftRows } from './draftStorage';
import { personFacts } from './person';
import { gapsOfAdmission } from './progress';

/** Seals the draft; resolves with when it was sealed (ISO). */
export async function saveDraft(session: Session, draft: AdmissionDraft, clock: Clock = systemClock): Promise<string> {
  await admissionDraftRows.write(session, draft);
  return toUtcIso(clock.now());
}

export function discardDraft(session: Session): Promise<void> {
  return admissionDraftRows.remove(session);
}

/** The person's name as the confirmation shows it: original script first, else the Latin spelling. */
export function displayNameOf(input: AdmissionInput): string {
  const { identity } = input;
  const original = [valueOf(identity.givenNames), valueOf(identity.familyName)].filter(Boolean).join(' ');
  const latin = [valueOf(identity.givenNamesLatin), valueOf(identity.familyNameLatin)].filter(Boolean).join(' ');
  return original || latin;
}

/**
 * Admits the person the draft describes, in the facility's time zone. Refused (nothing
 * written) with every problem when the draft has one or a custody rule refuses it.
 */
export async function admitFromDraft(
  session: Session,
  draft: AdmissionDraft,
  timeZone: string,
  clock: Clock = systemClock,
): Promise<Result<Admitted, AdmissionProblem[]>> {
  const built = buildAdmission(draft, timeZone);
  const problems = admissionProblems(built, clock.now());
  if (problems.length > 0) return err(problems);
  // Marked first: if the write succeeds and the removal below fails, the copy left is known for what it is.
  await admissionDraftRows.write(session, { ...draft, submittedAt: toUtcIso(clock.now()) }).catch(() => undefined);
  const result = await admitDetainee(session, built.input, clock);
  if (!result.ok) return err(writeProblems(result.error, built.places));
  // The admission is written; a draft left behind is recognised on its next load (isAlreadyAdmitted).
  await admissionDraftRows.remove(session).catch(() => undefined);
  const { prefix, number } = (result.value.event.payload as AdmissionPayload).registerNumber;
  return ok({
    recordId: result.value.recordId,
    registerLabel: formatRegisterNumber(prefix, number),
    name: displayNameOf(built.input),
    gaps: gapsOfAdmission(built, personFacts(draft, timeZone)).length,
  });
}

/**
 * Whether a draft found sealed was admitted already (its removal failed after the write):
 * it was being submitted, and a record was written since, at the same time, with the same names.
 */
export function isAlreadyAdmitted(draft: AdmissionDraft, records: readonly CustodyRecord[], timeZone: string): boolean {
  if (draft.submittedAt === undefined) return false;
  const { input } = buildAdmission(draft, timeZone);
  const startedMs = Date.parse(draft.submittedAt);
  const same = (record: CustodyRecord, path: string, value: unknown) => JSON.stringify(record.admission[path]) === JSON.stringify(value);
  return records.some(
    (record) =>
      record.admissionRecordedMs >= startedMs &&
      record.admission['admission.at'] === input.admission.at &&
      same(record, 'identity.familyName', input.identity.familyName) &&
      same(record, 'identity.givenNames', input.identity.givenNames),
  );
}
