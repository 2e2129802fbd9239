import { describe, expect, it } from 'vitest';
import { verifyChain } from '@shared/ledger/chain';
import { hasEventType, validatePayload } from '@shared/ledger/registry';
import { inspectionEventRegistry, templateImportedDraft, templateSubject } from '@shared/inspection/events';
import { templateRefOf } from '@shared/inspection/template';
import { DEFAULT_TEMPLATE } from '@shared/inspection/templates/builtInTemplates';
import {
  INSPECTION_TEST_REGISTRY,
  aTemplate,
  anActionOpenedPayload,
  anInspectionDraft,
  anInspectionPayload,
  inspectionEvents,
} from '../../../builders/inspection';

function isValid(type: string, payload: unknown): boolean {
  return validatePayload(inspectionEventRegistry, type, payload).ok;
}

describe('inspection event types', () => {
  it('merge with the core registry', () => {
    for (const type of ['inspection.completed', 'action.opened', 'action.updated', 'action.closed', 'template.imported']) {
      expect(hasEventType(INSPECTION_TEST_REGISTRY, type)).toBe(true);
    }
    expect(hasEventType(INSPECTION_TEST_REGISTRY, 'user.added')).toBe(true);
    expect(hasEventType(inspectionEventRegistry, 'inspection.draft_saved')).toBe(false);
  });

  it.each([
    ['inspection.completed', anInspectionPayload()],
    ['inspection.completed', anInspectionPayload({ summary: 'Overcrowded.\nWater short.', inspector: { name: 'أمينة يوسف' } })],
    ['action.opened', anActionOpenedPayload()],
    ['action.updated', { note: 'Lids ordered.' }],
    ['action.updated', { note: 'Moved.', owner: 'Deputy director', dueDate: '2027-01-15', priority: 'medium' }],
    ['action.closed', { verificationNote: 'Seen on site: every barrel capped.' }],
    ['template.imported', { template: aTemplate() }],
    ['template.imported', { template: DEFAULT_TEMPLATE }],
  ])('accept a valid %s payload', (type, payload) => {
    expect(isValid(type, payload)).toBe(true);
  });

  const answers = anInspectionPayload().answers;
  it.each([
    ['inspection.completed', 'no template hash', anInspectionPayload({ template: { ...templateRefOf(DEFAULT_TEMPLATE), contentHash: 'abc' } })],
    ['inspection.completed', 'a negative count', anInspectionPayload({ answers: { ...answers, 'x.count': { kind: 'count', value: -1 } } })],
    ['inspection.completed', 'an unknown rating', { ...anInspectionPayload(), answers: { a: { kind: 'assessment', rating: 'good' } } }],
    ['inspection.completed', 'a reserved answer key', { ...anInspectionPayload(), answers: { constructor: { kind: 'count', value: 1 } } }],
    ['inspection.completed', 'an infinite number', anInspectionPayload({ answers: { n: { kind: 'number', value: Number.POSITIVE_INFINITY } } })],
    ['inspection.completed', 'a negative area', anInspectionPayload({ measurements: { units: [{ id: 'd', label: 'D', kind: 'dormitory', area: { value: -1, unit: 'm2' } }], facility: {} } })],
    ['inspection.completed', 'an area in acres', { ...anInspectionPayload(), measurements: { units: [{ id: 'd', label: 'D', kind: 'dormitory', area: { value: 1, unit: 'acre' } }], facility: {} } }],
    ['inspection.completed', 'duplicate unit ids', anInspectionPayload({ measurements: { units: [{ id: 'd', label: 'D', kind: 'dormitory' }, { id: 'd', label: 'E', kind: 'dormitory' }], facility: {} } })],
    ['inspection.completed', 'more than 24 hours outdoors', anInspectionPayload({ measurements: { units: [], facility: { outdoorHoursPerDay: 25 } } })],
    ['inspection.completed', 'a bidi override in the summary', anInspectionPayload({ summary: 'fine\u202E' })],
    ['inspection.completed', 'a profile with amber on the wrong side', anInspectionPayload({ profile: { ...anInspectionPayload().profile, thresholds: { ...anInspectionPayload().profile.thresholds, drinking_water: { target: 5, amberLimit: 8, sources: [{ instrument: 'X', force: 'recommendation' }], toVerify: false } } } })],
    ['inspection.completed', 'an extra member', { ...anInspectionPayload(), score: 0.9 }],
    ['action.opened', 'an impossible due date', anActionOpenedPayload({ dueDate: '2026-13-01' })],
    ['action.opened', 'a due instant instead of a date', anActionOpenedPayload({ dueDate: '2026-12-01T00:00:00Z' })],
    ['action.opened', 'an unknown priority', { ...anActionOpenedPayload(), priority: 'urgent' }],
    ['action.opened', 'no item', { ...anActionOpenedPayload(), source: { inspectionId: 'i1' } }],
    ['action.updated', 'no note', { owner: 'Someone' }],
    ['action.closed', 'no verification note', {}],
    ['action.closed', 'an empty verification note', { verificationNote: '' }],
    ['template.imported', 'a template with duplicate ids', { template: aTemplate({ sections: [aTemplate().sections[0]!, aTemplate().sections[0]!] }) }],
  ])('refuse %s with %s', (type, _, payload) => {
    expect(isValid(type, payload)).toBe(false);
  });

  it('append on a ledger and verify with the merged registry', () => {
    const events = inspectionEvents([
      templateImportedDraft(aTemplate(), '2026-11-26T08:00:00+03:00'),
      anInspectionDraft('inspection.completed', '0190b6a0-0000-7000-8000-0000000000a1', anInspectionPayload()),
      anInspectionDraft('action.opened', '0190b6a0-0000-7000-8000-0000000000b1', anActionOpenedPayload()),
      anInspectionDraft('action.closed', '0190b6a0-0000-7000-8000-0000000000b1', { verificationNote: 'Checked.' }),
    ]);
    expect(verifyChain(events, { registry: INSPECTION_TEST_REGISTRY }).ok).toBe(true);
    expect(events[0]?.subject).toBe(templateSubject(templateRefOf(aTemplate())));
    expect(events[0]?.subject).toMatch(/^org\.sample:v1:[0-9a-f]{16}$/);
  });
});
