/**
 * The "needs action" view: every duty overdue, unknown (data missing) or due, grouped by
 * safeguard rule, most urgent first. Pure: the caller gives each record's safeguards.
 */
import type { CustodyRecord } from '@shared/custody/projection/types';
import { CLOSED_STATUSES } from '@shared/custody/projection/types';
import type { SafeguardResult, SafeguardRuleId } from '@shared/custody/safeguards';
import { SAFEGUARD_RULE_IDS } from '@shared/custody/safeguards';
import type { RecordSafeguards } from './safeguardCache';
import { ACTION_STATES, STATE_URGENCY } from './safeguardCache';

/** One duty to act on: a record and one rule's result for it. */
export type ActionItem = { readonly record: CustodyRecord; readonly result: SafeguardResult };

/** The states that call for action. */
export type ActionState = 'overdue' | 'unknown' | 'due';

/** A rule's duties, most urgent first, and how many there are of each state. */
export type RuleGroup = {
  readonly ruleId: SafeguardRuleId;
  readonly items: readonly ActionItem[];
  readonly counts: Readonly<Record<ActionState, number>>;
};

const RULE_ORDER = new Map<SafeguardRuleId, number>(SAFEGUARD_RULE_IDS.map((id, index) => [id, index]));

/**
 * Within a state: overdue and due by deadline, the earliest first (the longest overdue,
 * the soonest due); unknown by admission, the oldest first (the longest without data).
 */
function compareItems(a: ActionItem, b: ActionItem): number {
  const byState = STATE_URGENCY[a.result.state] - STATE_URGENCY[b.result.state];
  if (byState !== 0) return byState;
  const keyA = a.result.state === 'unknown' ? a.record.admittedMs : (a.result.dueMs ?? a.record.admittedMs);
  const keyB = b.result.state === 'unknown' ? b.record.admittedMs : (b.result.dueMs ?? b.record.admittedMs);
  return keyA - keyB || a.record.registerNumber.number - b.record.registerNumber.number;
}

/** Rules with anything overdue first (the most first), then by unknown, then by due; ties in rule order. */
function compareGroups(a: RuleGroup, b: RuleGroup): number {
  return (
    b.counts.overdue - a.counts.overdue ||
    b.counts.unknown - a.counts.unknown ||
    b.counts.due - a.counts.due ||
    (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0)
  );
}

/** Options of the view. */
export type NeedsActionOptions = { readonly heldOnly: boolean };

/** Every duty to act on in `records`, grouped by rule and sorted by urgency. */
export function groupNeedsAction(records: readonly CustodyRecord[], safeguardsOf: (record: CustodyRecord) => RecordSafeguards, options: NeedsActionOptions): RuleGroup[] {
  const byRule = new Map<SafeguardRuleId, ActionItem[]>();
  for (const record of records) {
    if (record.isVoided || (options.heldOnly && CLOSED_STATUSES.has(record.status))) continue;
    for (const result of safeguardsOf(record).results) {
      if (!ACTION_STATES.has(result.state)) continue;
      const items = byRule.get(result.ruleId);
      if (items === undefined) byRule.set(result.ruleId, [{ record, result }]);
      else items.push({ record, result });
    }
  }
  const groups = [...byRule].map(([ruleId, items]): RuleGroup => {
    const counts = { overdue: 0, unknown: 0, due: 0 };
    for (const { result } of items) if (result.state === 'overdue' || result.state === 'unknown' || result.state === 'due') counts[result.state] += 1;
    return { ruleId, items: items.sort(compareItems), counts };
  });
  return groups.sort(compareGroups);
}
