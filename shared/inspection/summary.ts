/**
 * The summary shown when an inspection is finished and printed in its report: score per
 * category, the measured indicators with their standards, and every item short of
 * compliant (the candidates for corrective actions).
 */
import type { Answers } from './answers';
import { answerTo } from './answers';
import type { InspectionCategory } from './categories';
import type { IndicatorProfile } from './indicatorProfiles';
import type { IndicatorReport } from './indicators';
import { computeIndicators } from './indicators';
import type { IndicatorResult } from './indicatorStates';
import type { Measurements } from './measurements';
import type { InspectionScores, ScoringOptions } from './scoring';
import { scoreInspection } from './scoring';
import type { Template, TemplateItem } from './template';
import { templateItems } from './template';

/** An item rated not compliant or partly compliant. */
export type Finding = {
  readonly item: TemplateItem;
  readonly sectionId: string;
  readonly category: InspectionCategory;
  readonly rating: 'not_compliant' | 'partly';
  readonly note?: string;
};

/** What an inspection needs to be summarized. */
export type InspectionInput = {
  readonly template: Template;
  readonly answers: Answers;
  readonly measurements: Measurements;
  readonly profile: IndicatorProfile;
};

/** The summary of one inspection. */
export type InspectionSummary = InspectionScores & {
  readonly indicators: IndicatorReport;
  /** Facility indicators that are red or amber, red first. */
  readonly indicatorAlerts: readonly IndicatorResult[];
  /** Items short of compliant, in template order. */
  readonly findings: readonly Finding[];
};

/** Items rated not compliant or partly, in template order. */
export function findingsOf(template: Template, answers: Answers): Finding[] {
  return templateItems(template).flatMap(({ item, section }) => {
    const answer = answerTo(answers, item.id);
    if (answer?.kind !== 'assessment') return [];
    if (answer.rating !== 'not_compliant' && answer.rating !== 'partly') return [];
    const finding: Finding = { item, sectionId: section.id, category: section.category, rating: answer.rating };
    return [answer.note === undefined ? finding : { ...finding, note: answer.note }];
  });
}

/** Scores, indicators and findings of one inspection. */
export function summarizeInspection(input: InspectionInput, options: ScoringOptions = {}): InspectionSummary {
  const indicators = computeIndicators(input.measurements, input.profile);
  const alerts = indicators.facility.filter((result) => result.state === 'red' || result.state === 'amber');
  return {
    ...scoreInspection(input.template, input.answers, options),
    indicators,
    indicatorAlerts: [...alerts.filter((r) => r.state === 'red'), ...alerts.filter((r) => r.state === 'amber')],
    findings: findingsOf(input.template, input.answers),
  };
}
