import type { Template } from '@shared/inspection/template';
import { MEASUREMENTS_STEP, REVIEW_STEP } from '../draft';

/** The steps of an inspection in order: measurements, each template section, then review and finish. */
export function stepIds(template: Template): string[] {
  return [MEASUREMENTS_STEP, ...template.sections.map((section) => section.id), REVIEW_STEP];
}

/** The step to show: the draft's own if the template still has it, else the first. */
export function currentStep(template: Template, step: string): string {
  return stepIds(template).includes(step) ? step : MEASUREMENTS_STEP;
}

/** The step before or after, if any. */
export function neighbourStep(template: Template, step: string, offset: -1 | 1): string | undefined {
  const ids = stepIds(template);
  return ids[ids.indexOf(step) + offset];
}
