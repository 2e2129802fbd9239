/**
 * Which payload fields are medical. Health and ill-treatment data (domain.md §1.2 rows
 * 26–31, 43, 48–50, 62–63) are readable by health staff only (DPH §2.6.1, BKK 8); everyone
 * else sees that an examination was done and when. Members that safeguards and the
 * whereabouts of the person depend on (an examination's time, a referral's time, the
 * hospital's name) stay visible, because CED 18(1)(d) makes whereabouts disclosable.
 */
import type { JsonObject, JsonValue } from '../crypto/canonicalJson';
import type { UserRole } from '../ledger/coreEventTypes';
import { OCCURRED_AT_PATH } from './events/audit';
import type { CustodyEventType } from './eventTypes';
import { isPathWithin, pathSegments } from './jsonPath';

/** Medical payload paths per event type. */
export const MEDICAL_FIELDS: Readonly<Partial<Record<CustodyEventType, readonly string[]>>> = {
  'custody.admitted': [
    'health.visibleInjuries',
    'health.priorIllTreatment',
    'health.conditions',
    'health.dependence',
    'health.vulnerabilities',
    'health.reproductiveHealth',
    'health.tortureReferral',
  ],
  'custody.medical_examined': ['findings', 'injuries', 'referredTo', 'tortureSignsReferral'],
  'custody.interrogation_recorded': ['officials', 'othersPresent', 'interpreterPresent', 'lawyerPresent', 'location'],
  'custody.complaint_recorded': ['summary', 'referredTo', 'reference', 'response'],
  'custody.injury_recorded': ['circumstances', 'cause', 'reportedTo'],
  'custody.hospital_admitted': ['reason'],
  'custody.died': ['circumstances', 'cause', 'bodyExamination'],
};

/** Roles that read medical fields. */
export const MEDICAL_ROLES: ReadonlySet<UserRole> = new Set(['medical']);

/** Whether a role may read medical fields. */
export function canReadMedical(role: UserRole): boolean {
  return MEDICAL_ROLES.has(role);
}

/** Whether a payload path of an event type is medical (or lies inside a medical field, or contains one). */
export function isMedicalPath(type: CustodyEventType, path: string): boolean {
  if (path === OCCURRED_AT_PATH) return false;
  return (MEDICAL_FIELDS[type] ?? []).some((medical) => isPathWithin(path, medical) || isPathWithin(medical, path));
}

/** A payload as a role may see it, and the paths that were withheld. */
export type VisiblePayload = { readonly payload: JsonObject; readonly withheld: readonly string[] };

function withoutPath(node: JsonObject, segments: readonly string[]): JsonObject {
  const [head, ...rest] = segments;
  if (head === undefined || !Object.hasOwn(node, head)) return node;
  if (rest.length === 0) return Object.fromEntries(Object.entries(node).filter(([key]) => key !== head));
  const child: JsonValue | undefined = node[head];
  if (typeof child !== 'object' || child === null || Array.isArray(child)) return node;
  const inner = withoutPath(child, rest);
  return inner === child ? node : { ...node, [head]: inner };
}

/**
 * The payload with medical fields removed unless the role reads them. A correction of a
 * medical field hides its old and new values: pass the corrected event's type as `targetType`.
 */
export function visiblePayload(
  type: CustodyEventType,
  payload: JsonObject,
  role: UserRole,
  targetType?: CustodyEventType,
): VisiblePayload {
  if (canReadMedical(role)) return { payload, withheld: [] };
  if (type === 'custody.corrected') {
    const path = typeof payload.path === 'string' ? payload.path : '';
    if (targetType === undefined || !isMedicalPath(targetType, path)) return { payload, withheld: [] };
    return { payload: withoutPath(withoutPath(payload, ['from']), ['to']), withheld: ['from', 'to'] };
  }
  let visible = payload;
  const withheld: string[] = [];
  for (const path of MEDICAL_FIELDS[type] ?? []) {
    const next = withoutPath(visible, pathSegments(path));
    if (next !== visible) withheld.push(path);
    visible = next;
  }
  return { payload: visible, withheld };
}
