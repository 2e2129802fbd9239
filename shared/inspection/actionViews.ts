/**
 * Reading corrective actions: current owner, due date and priority after every update,
 * open or closed, and overdue as of a given moment. Due dates are calendar days at the
 * facility, so "overdue" means the due day has ended there: an action due today is not
 * yet overdue.
 */
import type { Author } from '../ledger/envelope';
import type { ActionRecord, ActionsState } from './actionsProjection';
import type { ActionPriority, FacilityRef } from './events';
import { ACTION_PRIORITIES } from './events';

/** Whether an action is still to be done. */
export type ActionStatus = 'open' | 'closed';

/** A note on an action, from an update. */
export type ActionNote = { readonly at: string; readonly author: Author; readonly note: string };

/** An action as the screens and reports show it. */
export type ActionView = {
  readonly id: string;
  readonly facility: FacilityRef;
  readonly source: { readonly inspectionId: string; readonly itemId: string };
  readonly what: string;
  readonly owner: string;
  readonly dueDate: string;
  readonly priority: ActionPriority;
  readonly status: ActionStatus;
  readonly isOverdue: boolean;
  readonly openedAt: string;
  readonly openedBy: Author;
  readonly notes: readonly ActionNote[];
  readonly closure?: { readonly at: string; readonly by: Author; readonly verificationNote: string };
};

/** The moment to judge deadlines at, and the facility's IANA time zone (UTC if absent or unknown). */
export type AsOf = { readonly now: Date; readonly timeZone?: string };

/** Filters of listActions. */
export type ActionFilter = { readonly facilityCode?: string; readonly status?: ActionStatus; readonly inspectionId?: string };

/** The calendar date (YYYY-MM-DD) at an instant in a time zone; UTC if the zone is unknown to Intl. */
export function localDate(now: Date, timeZone = 'UTC'): string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    return now.toISOString().slice(0, 10);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return `${String(parts['year'])}-${String(parts['month'])}-${String(parts['day'])}`;
}

/** Whether an open action's due day is before `today` (both YYYY-MM-DD, which sort as text). */
export function isPastDue(dueDate: string, status: ActionStatus, today: string): boolean {
  return status === 'open' && dueDate < today;
}

/** The action's current state, or undefined while its opening event has not arrived. */
export function actionView(record: ActionRecord, today: string): ActionView | undefined {
  const { opened } = record;
  if (opened === undefined) return undefined;
  let { owner, dueDate, priority } = opened.payload;
  for (const { payload } of record.updates) {
    owner = payload.owner ?? owner;
    dueDate = payload.dueDate ?? dueDate;
    priority = payload.priority ?? priority;
  }
  const [firstClosure] = record.closures;
  const status: ActionStatus = firstClosure === undefined ? 'open' : 'closed';
  const view: ActionView = {
    id: record.id,
    facility: opened.payload.facility,
    source: opened.payload.source,
    what: opened.payload.what,
    owner,
    dueDate,
    priority,
    status,
    isOverdue: isPastDue(dueDate, status, today),
    openedAt: opened.meta.occurredAt,
    openedBy: opened.meta.author,
    notes: record.updates.map(({ meta, payload }) => ({ at: meta.occurredAt, author: meta.author, note: payload.note })),
  };
  if (firstClosure === undefined) return view;
  const closure = { at: firstClosure.meta.occurredAt, by: firstClosure.meta.author, verificationNote: firstClosure.payload.verificationNote };
  return { ...view, closure };
}

function matches(view: ActionView, filter: ActionFilter): boolean {
  return (
    (filter.facilityCode === undefined || view.facility.code === filter.facilityCode) &&
    (filter.status === undefined || view.status === filter.status) &&
    (filter.inspectionId === undefined || view.source.inspectionId === filter.inspectionId)
  );
}

/** Overdue first, then open before closed, earliest due date, highest priority, id. */
function compareViews(a: ActionView, b: ActionView): number {
  return (
    Number(b.isOverdue) - Number(a.isOverdue) ||
    Number(a.status === 'closed') - Number(b.status === 'closed') ||
    (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) ||
    ACTION_PRIORITIES.indexOf(a.priority) - ACTION_PRIORITIES.indexOf(b.priority) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The actions matching a filter, as of a moment, most pressing first. */
export function listActions(state: ActionsState, asOf: AsOf, filter: ActionFilter = {}): ActionView[] {
  const today = localDate(asOf.now, asOf.timeZone);
  const views = [...state.byId.values()].flatMap((record) => {
    const view = actionView(record, today);
    return view !== undefined && matches(view, filter) ? [view] : [];
  });
  return views.sort(compareViews);
}

/** Open actions past their due date, as of a moment. */
export function overdueActions(state: ActionsState, asOf: AsOf, facilityCode?: string): ActionView[] {
  const filter: ActionFilter = facilityCode === undefined ? { status: 'open' } : { status: 'open', facilityCode };
  return listActions(state, asOf, filter).filter((view) => view.isOverdue);
}

/** Counts of one facility's actions, for the dashboard. */
export type ActionCounts = { readonly open: number; readonly overdue: number; readonly closed: number };

/** Open, overdue and closed actions per facility code, as of a moment. */
export function actionCountsByFacility(state: ActionsState, asOf: AsOf): Map<string, ActionCounts> {
  const counts = new Map<string, ActionCounts>();
  for (const view of listActions(state, asOf)) {
    const current = counts.get(view.facility.code) ?? { open: 0, overdue: 0, closed: 0 };
    counts.set(view.facility.code, {
      open: current.open + Number(view.status === 'open'),
      overdue: current.overdue + Number(view.isOverdue),
      closed: current.closed + Number(view.status === 'closed'),
    });
  }
  return counts;
}
