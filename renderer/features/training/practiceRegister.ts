/**
 * Fills a practice register with invented people from the shared synthetic facility
 * generator: realistic names in Arabic and Latin script, women and children, transfers,
 * releases, and a few safeguards left overdue for the trainee to find. Events are appended
 * one by one through the session like any entry, authored by the trainee.
 */
import type { JsonValue } from '@shared/crypto/canonicalJson';
import { generateFacility } from '@shared/custody/synthetic/generateFacility';
import type { FacilityProfile } from '@shared/ledger/coreEventTypes';
import type { EventDraft } from '@shared/ledger/envelope';
import type { Clock } from '@shared/util/clock';
import { systemClock } from '@shared/util/clock';
import type { Session } from '../../vault/session';
import { appendAsUser } from '../../vault/session';

/** Enough people to page, sort and search, few enough to append in seconds. */
export const PRACTICE_DETAINEES = 120;
const HISTORY_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The generator's drafts refer to one another by the ids it chose (a hospital return to its
 * admission, the end of solitary confinement to its start); the ledger gives each appended
 * event its own id, so references are rewritten as they go.
 */
function withIds(value: JsonValue, ids: ReadonlyMap<string, string>): JsonValue {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => withIds(item, ids));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withIds(item, ids)]));
  }
  return value;
}

/** The drafts of a practice register for this facility, dated up to now. */
export function practiceDrafts(facility: FacilityProfile, now: Date) {
  return generateFacility({
    detainees: PRACTICE_DETAINEES,
    seed: `training:${facility.code}`,
    start: new Date(now.getTime() - HISTORY_DAYS * DAY_MS).toISOString(),
    now: now.toISOString(),
    registerPrefix: facility.registerPrefix,
    legalRegime: facility.legalRegime,
    place: facility.name,
    responsibleAuthority: facility.responsibleAuthority,
  }).drafts;
}

/** Appends the practice register; `onProgress` gets the share done, 0 to 1. */
export async function fillPracticeRegister(
  session: Session,
  facility: FacilityProfile,
  onProgress: (done: number) => void,
  clock: Clock = systemClock,
): Promise<void> {
  const drafts = practiceDrafts(facility, clock.now());
  const ids = new Map<string, string>();
  for (const [index, item] of drafts.entries()) {
    const draft: EventDraft = { ...item.draft, payload: withIds(item.draft.payload as JsonValue, ids) as EventDraft['payload'] };
    const event = await appendAsUser(session, draft);
    ids.set(item.id, event.id);
    if (index % 50 === 0) onProgress(index / drafts.length);
  }
  onProgress(1);
}
