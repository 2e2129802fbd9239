/**
 * Projection of finished inspections and imported templates, as a pure reducer the
 * renderer wraps (renderer/ledger/projections/types.ts). If two events claim one
 * inspection id, or import one template twice, the first by (ledger, seq) is kept.
 */
import type { LedgerEvent } from '../ledger/envelope';
import type { EventMeta } from './eventMeta';
import { compareByOccurrence, compareByPosition, metaOf } from './eventMeta';
import type { InspectionPayloads } from './events';
import type { Template, TemplateRef } from './template';
import { templateContentHash } from './template';
import { findBuiltInTemplate } from './templates/builtInTemplates';
import type { DatedInspection } from './trends';

/** A finished inspection. */
export type InspectionRecord = {
  readonly id: string;
  readonly meta: EventMeta;
  readonly payload: InspectionPayloads['inspection.completed'];
};

/** An imported template, by the hash of its content. */
export type ImportedTemplateRecord = { readonly ref: TemplateRef; readonly template: Template; readonly meta: EventMeta };

/** Inspections by id, imported templates by content hash. */
export type InspectionsState = {
  readonly inspections: ReadonlyMap<string, InspectionRecord>;
  readonly templates: ReadonlyMap<string, ImportedTemplateRecord>;
};

/** Bump when the state's shape or meaning changes, so old snapshots are rebuilt. */
export const INSPECTIONS_PROJECTION_VERSION = 1;

/** The state before any event. */
export function initialInspectionsState(): InspectionsState {
  return { inspections: new Map(), templates: new Map() };
}

function isFirst(existing: { readonly meta: EventMeta } | undefined, meta: EventMeta): boolean {
  return existing === undefined || compareByPosition(meta, existing.meta) < 0;
}

/** The state after one event; other event types leave it as it is (same object). */
export function applyInspectionEvent(state: InspectionsState, event: LedgerEvent): InspectionsState {
  const meta = metaOf(event);
  // Payloads were validated against their schema when appended and when imported.
  if (event.type === 'inspection.completed') {
    if (!isFirst(state.inspections.get(event.subject), meta)) return state;
    const payload = event.payload as InspectionPayloads['inspection.completed'];
    const record: InspectionRecord = { id: event.subject, meta, payload };
    return { ...state, inspections: new Map(state.inspections).set(event.subject, record) };
  }
  if (event.type === 'template.imported') {
    const { template } = event.payload as InspectionPayloads['template.imported'];
    const contentHash = templateContentHash(template);
    if (!isFirst(state.templates.get(contentHash), meta)) return state;
    const ref = { id: template.id, version: template.version, contentHash };
    return { ...state, templates: new Map(state.templates).set(contentHash, { ref, template, meta }) };
  }
  return state;
}

type SerializedInspections = [inspections: InspectionRecord[], templates: ImportedTemplateRecord[]];

/** The projection, shaped as renderer Projection<InspectionsState>. */
export const inspectionsProjection = {
  name: 'inspections',
  version: INSPECTIONS_PROJECTION_VERSION,
  initial: initialInspectionsState,
  apply: applyInspectionEvent,
  serialize: (state: InspectionsState): readonly unknown[] => [[...state.inspections.values()], [...state.templates.values()]],
  deserialize: (parts: readonly unknown[]): InspectionsState => {
    // Snapshots are sealed and written by serialize above; their shape is trusted.
    const [inspections = [], templates = []] = parts as Partial<SerializedInspections>;
    return {
      inspections: new Map(inspections.map((record) => [record.id, record])),
      templates: new Map(templates.map((record) => [record.ref.contentHash, record])),
    };
  },
} as const;

/** The template a reference names: built-in, else imported with the same id, version and hash. */
export function resolveTemplate(state: InspectionsState, ref: TemplateRef): Template | undefined {
  const builtIn = findBuiltInTemplate(ref);
  if (builtIn !== undefined) return builtIn;
  const imported = state.templates.get(ref.contentHash);
  return imported?.ref.id === ref.id && imported.ref.version === ref.version ? imported.template : undefined;
}

/** An inspection ready for summaries, comparison and trends; undefined if its template is not held. */
export function datedInspection(state: InspectionsState, record: InspectionRecord): DatedInspection | undefined {
  const template = resolveTemplate(state, record.payload.template);
  if (template === undefined) return undefined;
  const { answers, measurements, profile } = record.payload;
  return { id: record.id, occurredAt: record.meta.occurredAt, template, answers, measurements, profile };
}

/** A facility's inspections, oldest first (ties by ledger and seq). */
export function inspectionsOfFacility(state: InspectionsState, facilityCode: string): InspectionRecord[] {
  return [...state.inspections.values()]
    .filter((record) => record.payload.facility.code === facilityCode)
    .sort((a, b) => compareByOccurrence(a.meta, b.meta));
}

/** The imported templates, by id then version. */
export function importedTemplates(state: InspectionsState): ImportedTemplateRecord[] {
  return [...state.templates.values()].sort(
    (a, b) => (a.ref.id < b.ref.id ? -1 : a.ref.id > b.ref.id ? 1 : a.ref.version - b.ref.version),
  );
}
