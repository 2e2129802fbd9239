/**
 * A facility's figures as lines ready to share: each count either published or suppressed
 * (suppression.ts), and the derived figures (a median, a percentage) published only when
 * the counts they rest on are, since a percentage of a published base would give a hidden
 * count back. Lines carry fixed keys only: no name, no identifier of a person, no free text.
 */
import { FLOW_KINDS, STAY_BANDS } from '../custody/population';
import type { FacilityAggregate } from './aggregate';
import { CATEGORY_KEYS } from './aggregate';
import type { AdditiveRelation, CountCell, SuppressionPolicy, SuppressionReason } from './suppression';
import { suppressCounts } from './suppression';

const DAY_MS = 86_400_000;

/** Sections of the shared statistics, in order. */
export const STAT_SECTIONS = ['held', 'category', 'movements', 'stays', 'safeguards'] as const;
/** One of STAT_SECTIONS. */
export type StatSection = (typeof STAT_SECTIONS)[number];

/** What a line measures. */
export const STAT_MEASURES = ['count', 'median_days', 'assessed', 'met', 'overdue', 'unknown', 'met_percent'] as const;
/** One of STAT_MEASURES. */
export type StatMeasure = (typeof STAT_MEASURES)[number];

/** A line's value as shared. `base`: a derived figure withheld because its counts are. */
export type Shown =
  | { readonly kind: 'count' | 'days' | 'percent'; readonly value: number }
  | { readonly kind: 'suppressed'; readonly reason: SuppressionReason | 'base' };

/** One shared figure: `item` is a fixed key (a category, a movement kind, a band, a safeguard rule). */
export type StatLine = { readonly section: StatSection; readonly item: string; readonly measure: StatMeasure; readonly shown: Shown };

/** Held people, entries and exits: what the counts relate by (see the relations below). */
const ENTRY_KINDS = ['admissions', 'transfersIn'] as const;
const EXIT_KINDS = ['releases', 'transfersOut', 'deaths', 'escapes'] as const;
const SAFEGUARD_COUNTS = ['met', 'overdue', 'unknown'] as const;

const cellId = (section: StatSection, item: string, measure: StatMeasure): string => `${section}.${item}.${measure}`;

type Draft = { section: StatSection; item: string; measure: StatMeasure; value: number };

function countDrafts(aggregate: FacilityAggregate): Draft[] {
  const caseload = aggregate.heldAtStart + aggregate.flows.admissions + aggregate.flows.transfersIn;
  const count = (section: StatSection, item: string, value: number): Draft => ({ section, item, measure: 'count', value });
  return [
    count('held', 'at_start', aggregate.heldAtStart),
    count('held', 'at_end', aggregate.heldAtEnd),
    count('held', 'children_at_end', aggregate.childrenAtEnd),
    count('held', 'women_at_end', aggregate.womenAtEnd),
    ...CATEGORY_KEYS.map((key) => count('category', key, aggregate.byCategory[key])),
    count('movements', 'caseload', caseload),
    ...FLOW_KINDS.map((kind) => count('movements', kind, aggregate.flows[kind])),
    count('stays', 'ended', aggregate.endedStays.count),
    ...STAY_BANDS.map((band) => count('stays', band, aggregate.endedStays.bands[band])),
    ...aggregate.safeguards.flatMap((tally) => [
      { section: 'safeguards' as const, item: tally.ruleId, measure: 'assessed' as const, value: tally.met + tally.overdue + tally.unknown },
      ...SAFEGUARD_COUNTS.map((measure) => ({ section: 'safeguards' as const, item: tally.ruleId, measure, value: tally[measure] })),
    ]),
  ];
}

/**
 * The sums a reader could use to recover a hidden count: the categories add up to those
 * held at the end; the caseload (held at the start plus entries) equals those held at the
 * end plus exits; the length-of-stay bands add up to the stays ended; each safeguard's
 * outcomes add up to the people assessed.
 */
function relationsOf(aggregate: FacilityAggregate): AdditiveRelation[] {
  const caseload = cellId('movements', 'caseload', 'count');
  return [
    { total: cellId('held', 'at_end', 'count'), cells: CATEGORY_KEYS.map((key) => cellId('category', key, 'count')) },
    { total: caseload, cells: [cellId('held', 'at_start', 'count'), ...ENTRY_KINDS.map((kind) => cellId('movements', kind, 'count'))] },
    { total: caseload, cells: [cellId('held', 'at_end', 'count'), ...EXIT_KINDS.map((kind) => cellId('movements', kind, 'count'))] },
    { total: cellId('stays', 'ended', 'count'), cells: STAY_BANDS.map((band) => cellId('stays', band, 'count')) },
    ...aggregate.safeguards.map((tally) => ({
      total: cellId('safeguards', tally.ruleId, 'assessed'),
      cells: SAFEGUARD_COUNTS.map((measure) => cellId('safeguards', tally.ruleId, measure)),
    })),
  ];
}

function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Every line of a facility's figures, suppressed under the policy (see suppression.ts). */
export function publishAggregate(aggregate: FacilityAggregate, policy: SuppressionPolicy): StatLine[] {
  const drafts = countDrafts(aggregate);
  const cells: CountCell[] = drafts.map((draft) => ({ id: cellId(draft.section, draft.item, draft.measure), value: draft.value }));
  const hidden = suppressCounts(cells, relationsOf(aggregate), policy);
  const shownOf = (id: string, value: number): Shown => {
    const reason = hidden.get(id);
    return reason === undefined ? { kind: 'count', value } : { kind: 'suppressed', reason };
  };
  const lines: StatLine[] = drafts.map((draft) => ({ section: draft.section, item: draft.item, measure: draft.measure, shown: shownOf(cellId(draft.section, draft.item, draft.measure), draft.value) }));
  const { medianMs, count } = aggregate.endedStays;
  const median: Shown = medianMs === undefined || count < policy.threshold ? { kind: 'suppressed', reason: 'base' } : { kind: 'days', value: roundTenth(medianMs / DAY_MS) };
  lines.splice(lines.findIndex((line) => line.section === 'stays') + 1, 0, { section: 'stays', item: 'ended', measure: 'median_days', shown: median });
  return lines.flatMap((line) => (line.section === 'safeguards' && line.measure === 'unknown' ? [line, percentLine(line.item, lines, hidden)] : [line]));
}

function percentLine(ruleId: string, lines: readonly StatLine[], hidden: ReadonlyMap<string, SuppressionReason>): StatLine {
  const find = (measure: StatMeasure) => lines.find((line) => line.section === 'safeguards' && line.item === ruleId && line.measure === measure)?.shown;
  const met = find('met');
  const assessed = find('assessed');
  const isPublished = !hidden.has(cellId('safeguards', ruleId, 'met')) && !hidden.has(cellId('safeguards', ruleId, 'assessed'));
  const shown: Shown =
    isPublished && met?.kind === 'count' && assessed?.kind === 'count' && assessed.value > 0
      ? { kind: 'percent', value: roundTenth((met.value / assessed.value) * 100) }
      : { kind: 'suppressed', reason: 'base' };
  return { section: 'safeguards', item: ruleId, measure: 'met_percent', shown };
}
