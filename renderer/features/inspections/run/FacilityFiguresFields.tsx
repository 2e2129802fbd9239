import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../../i18n/translationKey';
import type { FacilityFigures } from '../draft';
import { withFigures } from '../draft';
import { FIGURE_RULES } from '../draftConversion';
import { useInspectionsStore } from '../inspectionsStore';
import { NumberField } from './NumberField';

const FIGURE_LABELS: Readonly<Record<keyof FacilityFigures, { label: TranslationKey; hint: TranslationKey }>> = {
  peoplePresent: { label: 'inspections.figures.peoplePresent', hint: 'inspections.figures.peoplePresentHint' },
  officialCapacity: { label: 'inspections.figures.officialCapacity', hint: 'inspections.figures.officialCapacityHint' },
  workingToilets: { label: 'inspections.figures.sharedToilets', hint: 'inspections.figures.sharedHint' },
  workingShowers: { label: 'inspections.figures.sharedShowers', hint: 'inspections.figures.sharedHint' },
  drinkingWater: { label: 'inspections.figures.drinkingWater', hint: 'inspections.figures.drinkingWaterHint' },
  outdoorHours: { label: 'inspections.figures.outdoorHours', hint: 'inspections.figures.outdoorHoursHint' },
  mealsPerDay: { label: 'inspections.figures.mealsPerDay', hint: 'inspections.figures.mealsPerDayHint' },
};

const FIGURE_ORDER: readonly (keyof FacilityFigures)[] = [
  'peoplePresent',
  'officialCapacity',
  'workingToilets',
  'workingShowers',
  'drinkingWater',
  'outdoorHours',
  'mealsPerDay',
];

/** Figures for the facility as a whole; empty ones are taken from the units where they add up. */
export function FacilityFiguresFields({ figures }: { figures: FacilityFigures }) {
  const { t } = useTranslation();
  const editDraft = useInspectionsStore((state) => state.editDraft);
  return (
    <fieldset className="measure-group">
      <legend className="measure-legend">{t('inspections.figures.legend')}</legend>
      <p className="field-hint">{t('inspections.figures.hint')}</p>
      <div className="measure-grid">
        {FIGURE_ORDER.map((field) => (
          <NumberField
            key={field}
            label={t(FIGURE_LABELS[field].label)}
            hint={t(FIGURE_LABELS[field].hint)}
            value={figures[field]}
            rules={FIGURE_RULES[field]}
            onValueChange={(value) => {
              editDraft((draft) => withFigures(draft, { [field]: value }));
            }}
          />
        ))}
      </div>
    </fieldset>
  );
}
