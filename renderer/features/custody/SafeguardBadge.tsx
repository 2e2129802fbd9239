import type { SafeguardRuleId, SafeguardState } from '@shared/custody/safeguards';
import { useCustodyLabels } from './useCustodyLabels';

const ICONS: Readonly<Record<SafeguardState, string>> = {
  met: '✓',
  due: '◷',
  overdue: '!',
  unknown: '?',
  not_applicable: '–',
};

type SafeguardBadgeProps = {
  state: SafeguardState;
  /** The rule; omitted for a record's overall (worst) state. */
  ruleId?: SafeguardRuleId;
};

/** A safeguard's state with the rule's name: colour, icon and words, never colour alone. */
export function SafeguardBadge({ state, ruleId }: SafeguardBadgeProps) {
  const labels = useCustodyLabels();
  return (
    <span className={`custody-badge safeguard-badge safeguard-${state}`}>
      <span aria-hidden="true" className="custody-badge-icon">
        {ICONS[state]}
      </span>
      {ruleId === undefined ? null : <span className="safeguard-badge-rule">{labels.safeguardRule(ruleId)}: </span>}
      <span className="safeguard-badge-state">{labels.safeguardState(state)}</span>
    </span>
  );
}
