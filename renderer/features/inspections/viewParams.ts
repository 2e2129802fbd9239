/**
 * The inspections screen's views, in the address's query (`/inspections?view=compare&before=…`),
 * so Back works and a view can be reopened as it was. Only ids travel in the address,
 * never anything that identifies a person.
 */

export const INSPECTIONS_PATH = '/inspections';
export const ACTIONS_PATH = '/actions';

export type InspectionsView =
  | { kind: 'start' }
  | { kind: 'run' }
  | { kind: 'history' }
  | { kind: 'inspection'; id: string }
  | { kind: 'report'; id: string }
  | { kind: 'compare'; before: string; after: string }
  | { kind: 'trends'; facility: string | null }
  | { kind: 'templates' };

export type ViewKind = InspectionsView['kind'];

export function readView(params: URLSearchParams): InspectionsView {
  const id = params.get('id');
  switch (params.get('view')) {
    case 'run':
      return { kind: 'run' };
    case 'history':
      return { kind: 'history' };
    case 'inspection':
      return id === null ? { kind: 'history' } : { kind: 'inspection', id };
    case 'report':
      return id === null ? { kind: 'history' } : { kind: 'report', id };
    case 'compare': {
      const before = params.get('before');
      const after = params.get('after');
      return before === null || after === null ? { kind: 'history' } : { kind: 'compare', before, after };
    }
    case 'trends':
      return { kind: 'trends', facility: params.get('facility') };
    case 'templates':
      return { kind: 'templates' };
    case null:
    default:
      return { kind: 'start' };
  }
}

function query(view: InspectionsView): Record<string, string> {
  switch (view.kind) {
    case 'start':
      return {};
    case 'inspection':
    case 'report':
      return { view: view.kind, id: view.id };
    case 'compare':
      return { view: 'compare', before: view.before, after: view.after };
    case 'trends':
      return view.facility === null ? { view: 'trends' } : { view: 'trends', facility: view.facility };
    case 'run':
    case 'history':
    case 'templates':
      return { view: view.kind };
  }
}

export function viewHref(view: InspectionsView): string {
  const search = new URLSearchParams(query(view)).toString();
  return search === '' ? INSPECTIONS_PATH : `${INSPECTIONS_PATH}?${search}`;
}
