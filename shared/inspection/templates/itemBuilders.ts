/**
 * Compact constructors for built-in template data: labels as [en, fr, ar] triples and
 * items of each kind. They only shape data; the schema still checks the result.
 */
import type { InspectionCategory } from '../categories';
import { CATEGORY_LABELS } from '../categories';
import type { IndicatorId } from '../indicatorDefinitions';
import type { Citation } from '../sources';
import type { LegalRegime, TemplateItem, TemplateSection } from '../template';
import type { LocalizedText } from '../text';

/** A label as English, French and Arabic. */
export type Label = readonly [en: string, fr: string, ar: string];

/** Options of an assessment item. */
export type AssessmentOptions = { indicator?: IndicatorId; appliesTo?: LegalRegime[] };

function localized([en, fr, ar]: Label): LocalizedText {
  return { en, fr, ar };
}

/** An assessment item (compliant / partly / not compliant / n/a / not assessed). */
export function assess(id: string, label: Label, source: Citation[], options: AssessmentOptions = {}): TemplateItem {
  const item: TemplateItem = { id, kind: 'assessment', label: localized(label), source };
  if (options.indicator !== undefined) item.indicator = options.indicator;
  if (options.appliesTo !== undefined) item.appliesTo = options.appliesTo;
  return item;
}

/** A count item; `better` says whether fewer or more is the better news. */
export function count(id: string, label: Label, source: Citation[], better?: 'higher' | 'lower'): TemplateItem {
  const item: TemplateItem = { id, kind: 'count', label: localized(label), source };
  if (better !== undefined) item.better = better;
  return item;
}

/** A measured number with its unit. */
export function measure(
  id: string,
  label: Label,
  unit: Label,
  source: Citation[],
  better?: 'higher' | 'lower',
): TemplateItem {
  const item: TemplateItem = { id, kind: 'number', label: localized(label), unit: localized(unit), source };
  if (better !== undefined) item.better = better;
  return item;
}

/** A free-text item. */
export function freeText(id: string, label: Label, source: Citation[]): TemplateItem {
  return { id, kind: 'text', label: localized(label), source };
}

/** A section for one category, titled with the category's name. */
export function section(category: InspectionCategory, items: TemplateItem[]): TemplateSection {
  return { id: category, category, title: CATEGORY_LABELS[category], items };
}
