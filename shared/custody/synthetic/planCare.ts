/** Planners for health, family, consular and IHL notification events. */
import { HOUR_MS, DAY_MS } from './time';
import type { PlanContext, PlannedEvent } from './plan';
import { k, NOT_APPLICABLE, planned, UNKNOWN, v } from './plan';

/** Medical examination after admission (a few late or missing), and the odd hospital stay. */
export function planHealth(ctx: PlanContext): PlannedEvent[] {
  const { rng, person } = ctx;
  const events: PlannedEvent[] = [];
  const roll = rng.next();
  if (roll < 0.95) {
    const delay = roll < 0.92 ? rng.int(1, 20) * HOUR_MS : rng.int(30, 60) * HOUR_MS;
    const refused = rng.chance(0.03);
    events.push(planned(person.admittedMs + delay, 'custody.medical_examined', {
      context: 'admission', outcome: refused ? 'refused' : 'examined', examiner: k('Dr. Salma Haddad'),
      findings: refused ? NOT_APPLICABLE : k('No acute findings'),
      injuries: refused ? NOT_APPLICABLE : v({ present: false }),
      referredTo: NOT_APPLICABLE, tortureSignsReferral: NOT_APPLICABLE,
    }, 'medical'));
  }
  if (rng.chance(0.02)) {
    const inMs = person.admittedMs + rng.int(3, 60) * DAY_MS;
    events.push(planned(
      inMs,
      'custody.hospital_admitted',
      { facility: 'Central Hospital', reason: k('Fever'), escortingAuthority: k('Prison escort') },
      'medical',
      'hospital',
    ));
    events.push({
      occurredMs: inMs + rng.int(2, 10) * DAY_MS, type: 'custody.hospital_returned', role: 'medical',
      payload: (ref) => { const id = ref('hospital'); return id === undefined ? undefined : { hospitalEventId: id, notes: UNKNOWN }; },
    });
  }
  return events;
}

/** The family told after admission: mostly promptly, some late, some declined, a few never. */
export function planFamily(ctx: PlanContext): PlannedEvent[] {
  const { rng, person } = ctx;
  const roll = rng.next();
  const notice = (ms: number, outcome: string, extra: Record<string, string> = {}) =>
    planned(ms, 'custody.family_notified', {
      outcome,
      trigger: 'admission',
      person: k('Hassan Al-Ali'),
      relationship: k('brother'),
      channel: k('phone'),
      notifiedBy: k('Duty registrar'),
      ...extra,
    });
  if (roll < 0.85) return [notice(person.admittedMs + rng.int(1, 20) * HOUR_MS, 'notified')];
  if (roll < 0.91) return [notice(person.admittedMs + rng.int(1, 6) * HOUR_MS, 'detainee_declined')];
  if (roll < 0.97) {
    const first = person.admittedMs + rng.int(2, 10) * HOUR_MS;
    return [
      notice(first, 'delayed', { delayReason: 'Investigating judge ordered a delay' }),
      notice(first + rng.int(30, 80) * HOUR_MS, 'notified'),
    ];
  }
  return [];
}

/** Foreign nationals: consulate informed or the right explained. */
export function planConsular(ctx: PlanContext): PlannedEvent[] {
  const { rng, person } = ctx;
  if (!person.isForeign || !rng.chance(0.92)) return [];
  const outcome = rng.chance(0.8) ? 'consulate_informed' : 'detainee_told_of_right';
  const payload = { outcome, consularPost: k('Consulate'), channel: k('phone') };
  return [planned(person.admittedMs + rng.int(2, 20) * HOUR_MS, 'custody.consul_informed', payload)];
}

/** IAC: capture/internment card and Information Bureau; NIAC: ICRC notification; internment reviews. */
export function planIhl(ctx: PlanContext): PlannedEvent[] {
  const { rng, person } = ctx;
  const events: PlannedEvent[] = [];
  const isProtected = person.category === 'pow' || person.category === 'civilian_internee';
  if (person.regime === 'iac' && isProtected) {
    const kind = person.category === 'pow' ? 'capture_card' : 'internment_card';
    if (rng.chance(0.95)) events.push(planned(
      person.admittedMs + rng.int(1, rng.chance(0.95) ? 6 : 12) * DAY_MS,
      'custody.card_issued',
      { kind, trigger: 'arrival', outcome: 'sent', sentTo: v(['family', 'central_agency']) },
    ));
    if (rng.chance(0.9)) events.push(planned(
      person.admittedMs + rng.int(2, 13) * DAY_MS,
      'custody.bureau_notified',
      {
        trigger: 'admission',
        bureau: 'National Information Bureau',
        reference: UNKNOWN,
        forwardedToCentralAgencyAt: UNKNOWN,
      },
    ));
  }
  if (person.regime === 'niac' && rng.chance(0.88)) {
    events.push(planned(
      person.admittedMs + rng.int(2, rng.chance(0.95) ? 12 : 20) * DAY_MS,
      'custody.icrc_notified',
      { channel: 'list', reference: UNKNOWN },
    ));
  }
  if (person.category === 'civilian_internee' || person.category === 'niac_security_detainee') events.push(...planInternment(ctx));
  return events;
}

function planInternment(ctx: PlanContext): PlannedEvent[] {
  const { rng, person } = ctx;
  let at = person.admittedMs + rng.int(1, 3) * DAY_MS;
  const decision = {
    authority: 'Internment review board',
    grounds: 'Imperative reasons of security',
    reference: UNKNOWN,
  };
  const events = [planned(at, 'custody.internment_decided', decision, 'supervisor')];
  for (let review = 0; review < 6; review++) {
    at += rng.int(rng.chance(0.9) ? 120 : 190, rng.chance(0.9) ? 180 : 210) * DAY_MS;
    events.push(planned(
      at,
      'custody.internment_reviewed',
      { body: 'Internment review board', kind: 'periodic', outcome: 'continued', reference: UNKNOWN },
      'supervisor',
    ));
  }
  return events;
}
