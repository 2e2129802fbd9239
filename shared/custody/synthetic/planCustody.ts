/** Planners for the judicial process, life in custody, the end of custody and corrections. */
import { DAY_MS, HOUR_MS } from './time';
import type { PlanContext, PlannedEvent } from './plan';
import { k, NOT_APPLICABLE, planned, UNKNOWN, v } from './plan';

/** As the safeguard rules read it: remand, or an uncategorised person under criminal law. */
function isCriminal(ctx: PlanContext): boolean {
  const { category, regime } = ctx.person;
  return category === 'criminal_remand' || (category === 'other' && regime === 'criminal');
}

/** Judge within 48 h mostly (a few late), lawyer, charge, hearings. */
export function planJudicial(ctx: PlanContext): PlannedEvent[] {
  if (!isCriminal(ctx)) return [];
  const { rng, person } = ctx;
  const events: PlannedEvent[] = [];
  const arrest = person.arrestMs ?? person.admittedMs;
  if (rng.chance(0.95)) {
    const hours = rng.chance(0.96) ? rng.int(6, 40) : rng.int(50, 96);
    events.push(planned(Math.max(arrest + hours * HOUR_MS, person.admittedMs + HOUR_MS), 'custody.brought_before_judge', {
      authority: 'Investigating judge, North District',
      authorityKind: 'judge',
      physicallyPresent: k(!rng.chance(0.01)),
      outcome: k('detention_continued'), reference: UNKNOWN,
    }));
  }
  if (rng.chance(0.95)) {
    events.push(planned(
      person.admittedMs + rng.int(2, rng.chance(0.96) ? 14 : 60) * HOUR_MS,
      'custody.lawyer_contacted',
      { kind: 'first_access', lawyer: k('Maître Karim Bouzid'), legalAid: k(rng.chance(0.5)) },
    ));
  }
  events.push(planned(
    person.admittedMs + rng.int(1, 5) * DAY_MS,
    'custody.charged',
    { offence: 'Theft', authority: 'Public prosecutor', toldAt: UNKNOWN, reference: UNKNOWN },
  ));
  for (let hearing = 1; hearing <= 3; hearing++) {
    events.push(planned(person.admittedMs + hearing * rng.int(25, 40) * DAY_MS, 'custody.hearing_held', {
      court: 'North District court',
      kind: 'remand_review',
      outcome: k('Remand extended'),
      lawyerPresent: k(true),
      nextHearingAt: UNKNOWN,
    }));
  }
  return events;
}

/** Visits, letters, a placement change, a rare solitary episode or allegation. */
export function planRegime(ctx: PlanContext): PlannedEvent[] {
  const { rng, person } = ctx;
  const events: PlannedEvent[] = [];
  let at = person.admittedMs;
  for (let visit = 0; visit < 3; visit++) {
    at += rng.int(7, person.ageYears < 18 ? 26 : 40) * DAY_MS;
    events.push(planned(
      at,
      'custody.visit_received',
      {
        visitorCategory: rng.chance(0.85) ? 'family' : 'lawyer',
        visitors: k('Family members'),
        durationMinutes: v(30),
      },
    ));
  }
  const letterMs = person.admittedMs + rng.int(3, 30) * DAY_MS;
  events.push(planned(
    letterMs,
    'custody.correspondence_recorded',
    { direction: 'received', kind: 'letter', count: rng.int(1, 3) },
    'registrar',
    'letter',
  ));
  if (rng.chance(0.1)) {
    events.push(planned(
      person.admittedMs + rng.int(2, 60) * DAY_MS,
      'custody.placement_changed',
      { placement: `Block D, cell ${rng.int(1, 20)}`, separation: UNKNOWN, reason: k('Overcrowding') },
    ));
  }
  if (rng.chance(0.03)) events.push(...planSolitary(ctx));
  if (rng.chance(0.01)) events.push(planAllegation(ctx));
  return events;
}

/** An allegation of ill-treatment, referred to the prosecutor in most cases. */
function planAllegation(ctx: PlanContext): PlannedEvent {
  const { rng, person } = ctx;
  const referred = rng.chance(0.7);
  const ms = person.admittedMs + rng.int(2, 50) * DAY_MS;
  return planned(ms, 'custody.complaint_recorded', {
    kind: 'ill_treatment_allegation',
    summary: k('Alleges beating during transfer'),
    isConfidential: true,
    referredTo: referred ? k('Public prosecutor') : UNKNOWN,
    referredAt: referred ? v(ctx.at(ms + 3 * HOUR_MS)) : UNKNOWN,
    reference: UNKNOWN,
    response: UNKNOWN,
  });
}

function planSolitary(ctx: PlanContext): PlannedEvent[] {
  const { rng, person } = ctx;
  const start = person.admittedMs + rng.int(3, 60) * DAY_MS;
  const days = rng.chance(0.7) ? rng.int(2, 12) : rng.int(16, 30);
  return [
    planned(
      start,
      'custody.solitary_started',
      { kind: 'disciplinary', authority: 'Facility director', reason: 'Fight in the yard' },
      'supervisor',
      'solitary',
    ),
    {
      occurredMs: start + days * DAY_MS, type: 'custody.solitary_ended', role: 'supervisor',
      payload: (ref) => {
        const id = ref('solitary');
        return id === undefined ? undefined : { startEventId: id, authority: 'Facility director' };
      },
    },
  ];
}

function transferOut(ctx: PlanContext, exitMs: number, destination: string): PlannedEvent {
  const { rng, at } = ctx;
  return planned(exitMs, 'custody.transferred_out', {
    destination,
    responsibleAuthority: 'Prisons Directorate',
    receivingAuthority: destination,
    riskAssessment: NOT_APPLICABLE,
    familyNotifiedAt: rng.chance(0.9) ? v(at(exitMs + rng.int(1, 20) * HOUR_MS)) : UNKNOWN,
    fileSent: k(true), medicalFileSent: k(rng.chance(0.9)),
  });
}

/** The end of custody here, if before now: mostly release, some transfers, rare escape or death. */
export function planExit(ctx: PlanContext): PlannedEvent[] {
  const { rng, exitMs, at } = ctx;
  if (exitMs === undefined) return [];
  // A network's transfer: its destination and time were fixed by the network.
  const departure = ctx.stay?.departure;
  if (departure !== undefined) return [transferOut(ctx, exitMs, departure.destination)];
  const roll = rng.next();
  if (roll < 0.7) {
    return [planned(exitMs, 'custody.released', {
      orderingAuthority: k('Investigating judge'),
      releasedTo: k('Family'),
      place: k('Facility gate'),
      propertyReturned: k('all_returned'),
      documentsReturned: k(true),
      recordCopyHanded: k(rng.chance(0.8)),
      familyInformedAt: v(at(exitMs - 2 * HOUR_MS)),
    })];
  }
  if (roll < 0.985) return [transferOut(ctx, exitMs, ctx.outsideDestination ?? 'Southern Remand Centre')];
  if (roll < 0.995) {
    const escape = { circumstances: UNKNOWN, reportedTo: k('Police'), reportedAt: v(at(exitMs + 2 * HOUR_MS)) };
    return [planned(exitMs, 'custody.escaped', escape)];
  }
  return [planned(exitMs, 'custody.died', {
    place: 'Facility infirmary', circumstances: 'Found unresponsive in cell', cause: UNKNOWN,
    bodyExamination: v({ kind: 'autopsy', at: at(exitMs + DAY_MS), by: 'Forensic institute' }),
    deathCertificateRef: UNKNOWN,
    remainsDestination: k('Handed to family'),
    burial: UNKNOWN,
    nextOfKinInformedAt: v(at(exitMs + 3 * HOUR_MS)),
    judicialAuthorityReportedAt: rng.chance(0.8) ? v(at(exitMs + 5 * HOUR_MS)) : UNKNOWN,
    judicialReference: UNKNOWN,
  }, 'supervisor')];
}

/** A network arrival: the transfer in, at the admission's instant, naming where the person came from. */
export function planArrival(ctx: PlanContext): PlannedEvent[] {
  const arrival = ctx.stay?.arrival;
  if (arrival === undefined) return [];
  return [planned(ctx.person.admittedMs, 'custody.transferred_in', {
    fromPlace: arrival.fromPlace,
    sendingAuthority: 'Prisons Directorate',
    originRegisterNumber: arrival.originRegisterNumber === undefined ? UNKNOWN : v(arrival.originRegisterNumber),
    originRecordId: arrival.originRecordId === undefined ? UNKNOWN : v(arrival.originRecordId),
    fileReceived: k(true),
    medicalFileReceived: k(true),
  })];
}
