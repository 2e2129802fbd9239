import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { ActionsState } from '@shared/inspection/actionsProjection';
import { actionsProjection } from '@shared/inspection/actionsProjection';
import { templateImportedDraft } from '@shared/inspection/events';
import type { InspectionsState } from '@shared/inspection/inspectionsProjection';
import {
  applyInspectionEvent,
  datedInspection,
  importedTemplates,
  initialInspectionsState,
  inspectionsOfFacility,
  inspectionsProjection,
  resolveTemplate,
} from '@shared/inspection/inspectionsProjection';
import { summarizeInspection } from '@shared/inspection/summary';
import type { Projection } from '../../../../renderer/ledger/projections/types';
import { templateRefOf } from '@shared/inspection/template';
import { DEFAULT_TEMPLATE } from '@shared/inspection/templates/builtInTemplates';
import {
  aTemplate,
  aUnit,
  anInspectionDraft,
  anInspectionLedger,
  anInspectionPayload,
  answersFor,
  inspectionEvents,
  moreInspectionEvents,
  someMeasurements,
} from '../../../builders/inspection';

function fold(events: readonly LedgerEvent[]): InspectionsState {
  return events.reduce(applyInspectionEvent, initialInspectionsState());
}

const custom = aTemplate();
const completed = (subject: string, at: string, payload = anInspectionPayload()) =>
  anInspectionDraft('inspection.completed', subject, payload, at);

describe('the inspections projection', () => {
  const events = inspectionEvents([
    templateImportedDraft(custom, '2026-01-01T10:00:00+03:00'),
    completed('i-2', '2026-09-01T10:00:00+03:00'),
    completed('i-1', '2026-03-01T10:00:00+03:00', anInspectionPayload({ template: templateRefOf(custom), answers: answersFor(custom) })),
    completed('i-3', '2026-05-01T10:00:00+03:00', anInspectionPayload({ facility: { code: 'PS-2', name: 'Police Station 2' } })),
  ]);
  const state = fold(events);

  it('records inspections by id and imported templates by content hash', () => {
    expect([...state.inspections.keys()].sort()).toEqual(['i-1', 'i-2', 'i-3']);
    expect(importedTemplates(state).map((record) => record.ref)).toEqual([templateRefOf(custom)]);
  });

  it('lists one facility’s inspections oldest first', () => {
    expect(inspectionsOfFacility(state, 'CRP-01').map((record) => record.id)).toEqual(['i-1', 'i-2']);
    expect(inspectionsOfFacility(state, 'nowhere')).toEqual([]);
  });

  it('resolves built-in and imported templates, and nothing else', () => {
    expect(resolveTemplate(state, templateRefOf(DEFAULT_TEMPLATE))).toBe(DEFAULT_TEMPLATE);
    expect(resolveTemplate(state, templateRefOf(custom))).toEqual(custom);
    expect(resolveTemplate(state, { ...templateRefOf(custom), version: 2 })).toBeUndefined();
    const unknown = fold(events.slice(1)).inspections.get('i-1');
    expect(unknown && datedInspection(fold(events.slice(1)), unknown)).toBeUndefined();
  });

  it('gives inspections ready to summarize', () => {
    const breach = anInspectionPayload({ measurements: someMeasurements({ units: [aUnit({ area: { value: 25, unit: 'm2' } })] }) });
    const later = fold(inspectionEvents([completed('i-9', '2026-10-01T10:00:00+03:00', breach)]));
    const record = later.inspections.get('i-9');
    const dated = record && datedInspection(later, record);
    expect(dated).toMatchObject({ id: 'i-9', occurredAt: '2026-10-01T10:00:00+03:00', template: DEFAULT_TEMPLATE });
    const summary = dated && summarizeInspection(dated);
    expect(summary?.indicatorAlerts[0]).toMatchObject({ id: 'floor_space_dormitory', state: 'red' });
    expect(summary?.findings.map((finding) => finding.item.id)).toEqual(['water.storage_clean']);
  });

  it('keeps the first event by (ledger, seq) for one inspection id', () => {
    const ledger = anInspectionLedger({ seed: 'other' });
    const first = moreInspectionEvents(ledger, [], [completed('i-1', '2026-01-01T10:00:00+03:00')]);
    const again = moreInspectionEvents(ledger, first, [completed('i-1', '2026-02-01T10:00:00+03:00')]);
    expect(fold([...again, ...first]).inspections.get('i-1')?.meta.seq).toBe(1);
  });

  it('ignores other event types and round-trips through a JSON snapshot', () => {
    const other = inspectionEvents([anInspectionDraft('action.closed', 'a-1', { verificationNote: 'Done.' })])[0]!;
    expect(applyInspectionEvent(state, other)).toBe(state);
    const parts = JSON.parse(JSON.stringify(inspectionsProjection.serialize(state))) as unknown[];
    expect(inspectionsProjection.deserialize(parts)).toEqual(state);
    expect(inspectionsProjection.deserialize([])).toEqual(initialInspectionsState());
  });
});

describe('renderer wrapping', () => {
  it('fits the renderer’s Projection type as is', () => {
    // Compile-time check: the UI registers these objects directly as projections.
    const inspections: Projection<InspectionsState> = inspectionsProjection;
    const actions: Projection<ActionsState> = actionsProjection;
    expect([inspections.name, actions.name]).toEqual(['inspections', 'actions']);
  });
});
