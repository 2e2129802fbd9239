/**
 * The oversight screen's views, in the address's query (`/oversight?view=alerts`), so Back
 * works and a view can be reopened. Only the view and a ledger id travel in the address,
 * never anything that identifies a person.
 */

export const OVERSIGHT_PATH = '/oversight';

export const OVERSIGHT_VIEWS = ['overview', 'alerts', 'safeguards', 'roll-call', 'integrity', 'settings'] as const;
export type OversightView = (typeof OVERSIGHT_VIEWS)[number];

export function readView(params: URLSearchParams): OversightView {
  const view = params.get('view');
  return OVERSIGHT_VIEWS.find((candidate) => candidate === view) ?? 'overview';
}

export function viewHref(view: OversightView): string {
  return view === 'overview' ? OVERSIGHT_PATH : `${OVERSIGHT_PATH}?view=${view}`;
}
