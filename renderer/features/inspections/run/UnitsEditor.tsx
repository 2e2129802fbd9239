import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitIndicators } from '@shared/inspection/unitIndicators';
import type { UnitKind } from '@shared/inspection/measurements';
import { UNIT_KINDS } from '@shared/inspection/measurements';
import { useFormat } from '../../../i18n/useFormat';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import type { InspectionDraft } from '../draft';
import { withNewUnit } from '../draft';
import { useInspectionsStore } from '../inspectionsStore';
import { UNIT_KIND_KEYS } from '../labels';
import { UnitCard } from './UnitCard';

type UnitsEditorProps = { draft: InspectionDraft; unitReports: readonly UnitIndicators[] };

/** The rooms and units measured, each with its own indicators, and a way to add the next one. */
export function UnitsEditor({ draft, unitReports }: UnitsEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const editDraft = useInspectionsStore((state) => state.editDraft);
  const [kind, setKind] = useState<UnitKind>('dormitory');
  const add = () => {
    editDraft((current) => {
      const label = t('inspections.units.defaultLabel', { number: format.number(current.units.length + 1) });
      // A new unit is measured in the same area unit as the last one: inspectors keep one tape.
      return withNewUnit(current, label, kind, current.units.at(-1)?.areaUnit ?? 'm2');
    });
    // The new unit's first field takes focus, so its figures can be typed straight away.
    window.requestAnimationFrame(() => {
      document.querySelector<HTMLInputElement>('.unit-card:last-of-type input')?.focus();
    });
  };
  return (
    <div className="units-editor">
      <h3 className="measure-legend">{t('inspections.units.title')}</h3>
      {draft.units.length === 0 ? <p className="field-hint">{t('inspections.units.none')}</p> : null}
      {draft.units.map((unit) => (
        <UnitCard key={unit.id} unit={unit} report={unitReports.find((candidate) => candidate.unitId === unit.id)} />
      ))}
      <div className="units-add">
        <SelectField
          label={t('inspections.units.kindOfNew')}
          options={UNIT_KINDS.map((value) => ({ value, label: t(UNIT_KIND_KEYS[value]) }))}
          value={kind}
          onValueChange={setKind}
        />
        <Button onClick={add}>{t('inspections.units.add')}</Button>
      </div>
    </div>
  );
}
