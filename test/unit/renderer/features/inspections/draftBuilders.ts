/** Drafts for the inspections tests: a started draft on the default template, and typed units. */
import { INDICATOR_PROFILES } from '@shared/inspection/indicatorProfiles';
import { DEFAULT_TEMPLATE } from '@shared/inspection/templates/builtInTemplates';
import type { InspectionDraft, UnitDraft } from '../../../../../renderer/features/inspections/draft';
import { newDraft, withNewUnit, withUnit } from '../../../../../renderer/features/inspections/draft';

export const DRAFT_ID = '0190b6a0-0000-7000-8000-0000000000d1';

export function aDraft(overrides: Partial<InspectionDraft> = {}): InspectionDraft {
  const draft = newDraft({
    id: DRAFT_ID,
    template: DEFAULT_TEMPLATE,
    facility: { code: 'CRP-01', name: 'Central Remand Prison' },
    regime: 'criminal',
    officialCapacity: 450,
    profile: INDICATOR_PROFILES.icrc,
    startedAt: '2026-11-26T09:00:00.000Z',
  });
  return { ...draft, ...overrides };
}

/** A draft with one dormitory typed as given. */
export function aDraftWithDormitory(typed: Partial<Omit<UnitDraft, 'id'>>): InspectionDraft {
  const draft = withNewUnit(aDraft(), 'Dormitory A', 'dormitory', 'm2');
  return withUnit(draft, 'unit-1', typed);
}
