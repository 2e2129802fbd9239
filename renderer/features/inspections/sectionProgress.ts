/**
 * How far an inspection in progress has got, per section and overall. An item counts once
 * it has a rating or a value; items that do not apply under the facility's legal regime
 * are left out of the count unless they were answered anyway.
 */
import type { Template, TemplateItem, TemplateSection } from '@shared/inspection/template';
import { isItemApplicable } from '@shared/inspection/template';
import type { InspectionDraft } from './draft';
import { answerDraftOf } from './draft';

export type Progress = { answered: number; total: number };

export function isItemAnswered(draft: InspectionDraft, item: TemplateItem): boolean {
  const given = answerDraftOf(draft, item.id);
  return item.kind === 'assessment' ? given.rating !== null : given.value.trim() !== '';
}

export function sectionProgress(draft: InspectionDraft, section: TemplateSection): Progress {
  let answered = 0;
  let total = 0;
  for (const item of section.items) {
    const isAnswered = isItemAnswered(draft, item);
    if (!isAnswered && !isItemApplicable(item, draft.regime ?? undefined)) continue;
    total += 1;
    if (isAnswered) answered += 1;
  }
  return { answered, total };
}

export function overallProgress(draft: InspectionDraft, template: Template): Progress {
  return template.sections.reduce<Progress>(
    (sum, section) => {
      const progress = sectionProgress(draft, section);
      return { answered: sum.answered + progress.answered, total: sum.total + progress.total };
    },
    { answered: 0, total: 0 },
  );
}

/** How many facility-wide figures were given, of how many. */
export function figuresProgress(draft: InspectionDraft): Progress {
  const values = Object.values(draft.figures);
  return { answered: values.filter((value) => value.trim() !== '').length, total: values.length };
}
