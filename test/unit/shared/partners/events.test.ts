import { validatePayload } from '@shared/ledger/registry';
import { suggestedRisk } from '@shared/partners/criteria';
import { partnerEventRegistry } from '@shared/partners/events';
import { describe, expect, it } from 'vitest';
import { aMeasure, anAssessment, aProfile, PARTNER_ID } from './partnerEvents';

const valid = (type: string, payload: unknown) => validatePayload(partnerEventRegistry, type, payload).ok;

describe('partner event payloads', () => {
  it('accept a profile, an assessment, a measure, an update and a decision', () => {
    expect(valid('partner.registered', aProfile())).toBe(true);
    expect(valid('partner.updated', aProfile({ facilities: [], description: 'Two lines\nof context.' }))).toBe(true);
    expect(valid('partner.assessed', anAssessment({ summary: 'Improving.' }))).toBe(true);
    expect(valid('partner.measure_added', aMeasure())).toBe(true);
    expect(valid('partner.measure_updated', { note: 'First session held.', status: 'in_progress' })).toBe(true);
    expect(valid('partner.decision_recorded', { partnerId: PARTNER_ID, decision: 'condition', decidedOn: '2026-03-20', rationale: 'ICRC access first.' })).toBe(true);
  });

  it('refuse a rating without its evidence, but accept "unknown" without', () => {
    const base = anAssessment();
    const withoutEvidence = { ...base, criteria: { ...base.criteria, icrc_access: { rating: 'weak' } } };
    expect(valid('partner.assessed', withoutEvidence)).toBe(false);
    const unknown = { ...base, criteria: { ...base.criteria, icrc_access: { rating: 'unknown' } } };
    expect(valid('partner.assessed', unknown)).toBe(true);
  });

  it('refuse a missing criterion, an unknown one, a bad rating, risk or date', () => {
    const base = anAssessment();
    const missing = Object.fromEntries(Object.entries(base.criteria).filter(([criterion]) => criterion !== 'icrc_access'));
    expect(valid('partner.assessed', { ...base, criteria: missing })).toBe(false);
    expect(valid('partner.assessed', { ...base, criteria: { ...base.criteria, morale: { rating: 'good', evidence: 'x' } } })).toBe(false);
    expect(valid('partner.assessed', { ...base, criteria: { ...base.criteria, willingness: { rating: 'excellent', evidence: 'x' } } })).toBe(false);
    expect(valid('partner.assessed', { ...base, overallRisk: 'extreme' })).toBe(false);
    expect(valid('partner.assessed', { ...base, assessedOn: '2026-02-30' })).toBe(false);
  });

  it('refuse empty texts, control characters, unknown kinds and extra members', () => {
    expect(valid('partner.registered', aProfile({ name: '' }))).toBe(false);
    expect(valid('partner.registered', aProfile({ name: 'Brigade\u202E' }))).toBe(false);
    expect(valid('partner.measure_added', { ...aMeasure(), kind: 'bribery' })).toBe(false);
    expect(valid('partner.measure_added', { ...aMeasure(), description: '' })).toBe(false);
    expect(valid('partner.measure_updated', { status: 'done' })).toBe(false);
    expect(valid('partner.decision_recorded', { partnerId: PARTNER_ID, decision: 'abandon', decidedOn: '2026-03-20', rationale: 'x' })).toBe(false);
    expect(valid('partner.registered', { ...aProfile(), detainees: ['Ali'] })).toBe(false);
  });
});

describe('suggested risk', () => {
  it('follows the worst rated criterion', () => {
    expect(suggestedRisk(['good', 'good'])).toBe('low');
    expect(suggestedRisk(['good', 'adequate'])).toBe('moderate');
    expect(suggestedRisk(['good', 'weak', 'adequate'])).toBe('high');
    expect(suggestedRisk(['critical', 'good'])).toBe('very_high');
  });

  it('is at least high when most criteria are unknown, and undefined with no ratings', () => {
    expect(suggestedRisk(['unknown', 'unknown', 'good'])).toBe('high');
    expect(suggestedRisk(['unknown', 'good', 'good'])).toBe('low');
    expect(suggestedRisk([])).toBeUndefined();
  });
});
