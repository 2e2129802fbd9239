/**
 * Reads of the admission form: the facility (its name, authority, regime and time zone),
 * the register number the next admission is expected to get, and the draft as built, with
 * its problems, gaps and the person's live facts, computed once per edit.
 */
import { useMemo } from 'react';
import { nextRegisterNumberFor } from '@shared/custody/custodyProjection';
import type { FacilityProfile } from '@shared/ledger/coreEventTypes';
import { formatRegisterNumber } from '@shared/custody/registerNumbers';
import { REGISTER_PREFIX_PATTERN } from '@shared/custody/events/admission';
import { useCustodyState, useNow } from '../../custody';
import { useFormat } from '../../i18n/useFormat';
import { facilityOf, facilityProjection, useProjection } from '../../ledger';
import { useSession } from '../../vault/useSession';
import type { AdmissionDraft } from './admissionDraft';
import { useAdmissionStore } from './admissionStore';
import type { BuiltAdmission } from './buildAdmission';
import { buildAdmission } from './buildAdmission';
import type { AdmissionProblem } from './checks';
import { admissionProblems } from './checks';
import type { SectionId } from './formFields';
import type { PersonFacts } from './person';
import { personFacts } from './person';
import type { SectionProgress } from './progress';
import { gapsOfAdmission, requiredFields, sectionProgress } from './progress';

export function useFacility(): FacilityProfile | undefined {
  const session = useSession();
  return useProjection(facilityProjection, (state) => facilityOf(state, session.ledgerId));
}

/** The facility's time zone: where times are typed and read (design §4.4). */
export function useFacilityTimeZone(): string {
  const format = useFormat();
  return useFacility()?.timeZone ?? format.timeZone;
}

/** The number the next admission should get, as printed; only a preview: it is assigned when the admission is written. */
export function useNextRegisterLabel(): string | undefined {
  const session = useSession();
  const custody = useCustodyState();
  const prefix = useFacility()?.registerPrefix;
  return useMemo(() => {
    if (prefix === undefined || !REGISTER_PREFIX_PATTERN.test(prefix)) return undefined;
    return formatRegisterNumber(prefix, nextRegisterNumberFor(custody, session.ledgerId));
  }, [custody, prefix, session.ledgerId]);
}

/** The draft as it would be written, with everything the form shows about it. */
export type AdmissionView = {
  readonly built: BuiltAdmission;
  readonly facts: PersonFacts;
  readonly problems: readonly AdmissionProblem[];
  readonly gaps: readonly string[];
  readonly progress: Record<SectionId, SectionProgress>;
  /** Fields the standards require of this person: left unknown, they are gaps. */
  readonly required: ReadonlySet<string>;
};

export function viewOf(draft: AdmissionDraft, timeZone: string, now: Date): AdmissionView {
  const built = buildAdmission(draft, timeZone);
  const facts = personFacts(draft, timeZone);
  const gaps = gapsOfAdmission(built, facts);
  return {
    built,
    facts,
    problems: admissionProblems(built, now),
    gaps,
    progress: sectionProgress(draft, facts, gaps),
    required: requiredFields(facts),
  };
}

/** The view of the draft being edited, recomputed on each edit (and each minute, for dates that become past). */
export function useAdmissionView(draft: AdmissionDraft): AdmissionView {
  const timeZone = useFacilityTimeZone();
  const now = useNow();
  const writeProblems = useAdmissionStore((state) => state.writeProblems);
  return useMemo(() => {
    const view = viewOf(draft, timeZone, now);
    return writeProblems.length === 0 ? view : { ...view, problems: [...view.problems, ...writeProblems] };
  }, [draft, timeZone, now, writeProblems]);
}
