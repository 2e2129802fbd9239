import { describe, expect, it } from 'vitest';
import { SAFEGUARD_RULE_IDS } from '@shared/custody/safeguards';
import type { Change } from '@shared/monitoring/changes';
import { compareSnapshots, MIN_DENOMINATOR, summariseChanges } from '@shared/monitoring/changes';
import { noIndicatorValues } from '@shared/monitoring/measures';
import type { RuleTally, Snapshot } from '@shared/monitoring/snapshot';

type Outcomes = Partial<Record<RuleTally['ruleId'], { met: number; overdue: number; unknown?: number }>>;

function aSnapshot(overrides: Partial<Snapshot> = {}, outcomes: Outcomes = {}): Snapshot {
  return {
    safeguards: SAFEGUARD_RULE_IDS.map((ruleId) => ({ ruleId, met: outcomes[ruleId]?.met ?? 0, overdue: outcomes[ruleId]?.overdue ?? 0, unknown: outcomes[ruleId]?.unknown ?? 0 })),
    heldAtEnd: 0, inspections: 0, score: null, scoredFacilities: 0, indicators: noIndicatorValues(),
    openActions: 0, overdueActions: 0, alerts: 0, criticalAlerts: 0, bundleAgeDays: undefined, withoutBundle: 1,
    ...overrides,
  };
}

function find(changes: readonly Change[], key: string): Change {
  const change = changes.find((item) => item.key === key);
  if (change === undefined) throw new Error(`no ${key}`);
  return change;
}

describe('what changed between two periods', () => {
  it('reads a rising safeguard rate as better and a falling one as worse', () => {
    const a = aSnapshot({}, { 'judge-appearance': { met: 2, overdue: 8 }, 'family-notified': { met: 9, overdue: 1 } });
    const b = aSnapshot({}, { 'judge-appearance': { met: 8, overdue: 2 }, 'family-notified': { met: 4, overdue: 6 } });
    const changes = compareSnapshots(a, b, false);
    expect(find(changes, 'safeguard:judge-appearance')).toMatchObject({ verdict: 'better', baseline: { kind: 'rate', met: 2, assessed: 10 }, comparison: { kind: 'rate', met: 8, assessed: 10 } });
    expect(find(changes, 'safeguard:family-notified').verdict).toBe('worse');
    expect(changes.some((change) => change.key === 'safeguards_all')).toBe(false);
  });

  it('counts unknown outcomes as assessed and not met', () => {
    const a = aSnapshot({}, { 'medical-exam': { met: 5, overdue: 0 } });
    const b = aSnapshot({}, { 'medical-exam': { met: 5, overdue: 0, unknown: 5 } });
    expect(find(compareSnapshots(a, b, false), 'safeguard:medical-exam')).toMatchObject({ verdict: 'worse', comparison: { met: 5, assessed: 10 } });
  });

  it('says "too few" rather than a trend when either period has under the minimum assessed', () => {
    const a = aSnapshot({}, { 'judge-appearance': { met: 0, overdue: MIN_DENOMINATOR - 1 } });
    const b = aSnapshot({}, { 'judge-appearance': { met: 20, overdue: 0 } });
    expect(find(compareSnapshots(a, b, false), 'safeguard:judge-appearance').verdict).toBe('too_few');
    const enough = aSnapshot({}, { 'judge-appearance': { met: 0, overdue: MIN_DENOMINATOR } });
    expect(find(compareSnapshots(enough, b, false), 'safeguard:judge-appearance').verdict).toBe('better');
  });

  it('has no data, not a zero, where nobody was assessed or nothing was inspected', () => {
    const changes = compareSnapshots(aSnapshot(), aSnapshot(), false);
    expect(find(changes, 'safeguard:consular-notification').verdict).toBe('no_data');
    expect(find(changes, 'inspection_score')).toMatchObject({ verdict: 'no_data', baseline: { kind: 'none' } });
    expect(find(changes, 'bundle_age').verdict).toBe('no_data');
    // Counts of actions and alerts are real zeros.
    expect(find(changes, 'open_actions')).toMatchObject({ verdict: 'same', baseline: { kind: 'count', value: 0 } });
  });

  it('reads fewer open, overdue actions and alerts as better: lower is better there', () => {
    const a = aSnapshot({ openActions: 6, overdueActions: 4, alerts: 3, criticalAlerts: 1, bundleAgeDays: 40, withoutBundle: 0 });
    const b = aSnapshot({ openActions: 7, overdueActions: 1, alerts: 1, criticalAlerts: 1, bundleAgeDays: 3, withoutBundle: 0 });
    const changes = compareSnapshots(a, b, false);
    expect(find(changes, 'open_actions').verdict).toBe('worse');
    expect(find(changes, 'overdue_actions').verdict).toBe('better');
    expect(find(changes, 'alerts').verdict).toBe('better');
    expect(find(changes, 'critical_alerts').verdict).toBe('same');
    expect(find(changes, 'bundle_age').verdict).toBe('better');
  });

  it('follows each inspection indicator’s own direction and a higher score is better', () => {
    const a = aSnapshot({ score: 0.5, indicators: { ...noIndicatorValues(), occupancy: 120, drinking_water: 10 } });
    const b = aSnapshot({ score: 0.52, indicators: { ...noIndicatorValues(), occupancy: 150, drinking_water: 15 } });
    const changes = compareSnapshots(a, b, false);
    expect(find(changes, 'inspection_indicator:occupancy').verdict).toBe('worse');
    expect(find(changes, 'inspection_indicator:drinking_water').verdict).toBe('better');
    expect(find(changes, 'inspection_score').verdict).toBe('same');
    expect(find(changes, 'inspection_indicator:meals_per_day').verdict).toBe('no_data');
  });

  it('does not compare counts of alerts over periods of different lengths', () => {
    const changes = compareSnapshots(aSnapshot({ alerts: 1, openActions: 2 }), aSnapshot({ alerts: 5, openActions: 2 }), true);
    expect(find(changes, 'alerts').verdict).toBe('not_comparable');
    expect(find(changes, 'open_actions').verdict).toBe('same');
  });

  it('summarises what got worse first, then better, same and too few, leaving out indicators without data', () => {
    const a = aSnapshot({ openActions: 1, overdueActions: 3 }, { 'judge-appearance': { met: 1, overdue: 1 } });
    const b = aSnapshot({ openActions: 2, overdueActions: 0 }, { 'judge-appearance': { met: 1, overdue: 1 } });
    const summary = summariseChanges(compareSnapshots(a, b, false));
    expect(summary.map((change) => [change.key, change.verdict])).toEqual([
      ['open_actions', 'worse'],
      ['overdue_actions', 'better'],
      ['alerts', 'same'],
      ['critical_alerts', 'same'],
      ['safeguard:judge-appearance', 'too_few'],
    ]);
  });
});
