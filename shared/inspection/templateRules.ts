/**
 * Template rules a field-by-field schema cannot say: kind-specific members, unique ids
 * and the overall item limit. Shared by the schema (so ledger payloads are held to them)
 * and reported as located problems by parseTemplate.
 */
import type { z } from 'zod';

/** Codes of the custom problems these rules raise, in `params.problem`. */
export const TEMPLATE_RULE_PROBLEMS = [
  'unit-required',
  'unit-not-allowed',
  'better-not-allowed',
  'indicator-not-allowed',
  'duplicate-regime',
  'duplicate-id',
  'too-many-items',
] as const;
/** One of TEMPLATE_RULE_PROBLEMS. */
export type TemplateRuleProblem = (typeof TEMPLATE_RULE_PROBLEMS)[number];

/** Most items in one template, all sections together. */
export const TEMPLATE_MAX_ITEMS = 1000;

type ItemShape = {
  kind: string;
  unit?: unknown;
  better?: unknown;
  indicator?: unknown;
  appliesTo?: readonly string[] | undefined;
};
type TemplateShape = { sections: readonly { id: string; items: readonly { id: string }[] }[] };

function flag(ctx: z.RefinementCtx, problem: TemplateRuleProblem, path: PropertyKey[], params = {}): void {
  ctx.addIssue({ code: 'custom', message: problem, path, params: { problem, ...params } });
}

/** A number needs a unit; only numbers have one, only numbers and counts have a better direction. */
export function checkItemRules(item: ItemShape, ctx: z.RefinementCtx): void {
  if (item.kind === 'number' && item.unit === undefined) flag(ctx, 'unit-required', ['unit']);
  if (item.kind !== 'number' && item.unit !== undefined) flag(ctx, 'unit-not-allowed', ['unit']);
  const isQuantity = item.kind === 'number' || item.kind === 'count';
  if (!isQuantity && item.better !== undefined) flag(ctx, 'better-not-allowed', ['better']);
  // An indicator link says "this rating is judged from that measured indicator".
  if (item.kind !== 'assessment' && item.indicator !== undefined) flag(ctx, 'indicator-not-allowed', ['indicator']);
  const regimes = item.appliesTo ?? [];
  if (new Set(regimes).size !== regimes.length) flag(ctx, 'duplicate-regime', ['appliesTo']);
}

/** Section ids are unique; item ids are unique across the whole template (answers are keyed by them). */
export function checkTemplateIds(template: TemplateShape, ctx: z.RefinementCtx): void {
  const sectionIds = new Set<string>();
  const itemIds = new Set<string>();
  let itemCount = 0;
  template.sections.forEach((section, sectionIndex) => {
    if (sectionIds.has(section.id)) {
      flag(ctx, 'duplicate-id', ['sections', sectionIndex, 'id'], { id: section.id });
    }
    sectionIds.add(section.id);
    section.items.forEach((item, itemIndex) => {
      itemCount += 1;
      if (itemIds.has(item.id)) {
        flag(ctx, 'duplicate-id', ['sections', sectionIndex, 'items', itemIndex, 'id'], { id: item.id });
      }
      itemIds.add(item.id);
    });
  });
  if (itemCount > TEMPLATE_MAX_ITEMS) flag(ctx, 'too-many-items', ['sections'], { maximum: TEMPLATE_MAX_ITEMS });
}
