import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaUnit, UnitKind } from '@shared/inspection/measurements';
import { AREA_UNITS, UNIT_KINDS, UNIT_LABEL_MAX_CHARS } from '@shared/inspection/measurements';
import type { UnitIndicators } from '@shared/inspection/unitIndicators';
import type { TranslationKey } from '../../../i18n/translationKey';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import type { UnitDraft } from '../draft';
import { withoutUnit, withUnit } from '../draft';
import type { UnitNumberField } from '../draftConversion';
import { textProblem, UNIT_NUMBER_RULES } from '../draftConversion';
import { IndicatorTable } from '../IndicatorTable';
import { useInspectionsStore } from '../inspectionsStore';
import { AREA_UNIT_KEYS, PROBLEM_KEYS, UNIT_KIND_KEYS } from '../labels';
import { NumberField } from './NumberField';

const COUNT_FIELDS: readonly { field: Exclude<UnitNumberField, 'area'>; label: TranslationKey; hint?: TranslationKey }[] = [
  { field: 'peoplePresent', label: 'inspections.units.peoplePresent' },
  { field: 'officialCapacity', label: 'inspections.units.officialCapacity', hint: 'inspections.units.optionalHint' },
  { field: 'workingToilets', label: 'inspections.units.workingToilets' },
  { field: 'workingShowers', label: 'inspections.units.workingShowers' },
  { field: 'drinkingWater', label: 'inspections.units.drinkingWater', hint: 'inspections.units.litresHint' },
  { field: 'outdoorHours', label: 'inspections.units.outdoorHours', hint: 'inspections.units.outdoorHoursHint' },
];

type UnitCardProps = { unit: UnitDraft; report: UnitIndicators | undefined };

/** One room or unit: what it is, its figures, and its own indicators beside them. */
export function UnitCard({ unit, report }: UnitCardProps) {
  const { t } = useTranslation();
  const editDraft = useInspectionsStore((state) => state.editDraft);
  const change = (patch: Partial<Omit<UnitDraft, 'id'>>) => {
    editDraft((draft) => withUnit(draft, unit.id, patch));
  };
  const labelProblem = textProblem(unit.label, UNIT_LABEL_MAX_CHARS, false);
  const name = unit.label.trim() === '' ? unit.id : unit.label;
  return (
    <fieldset className="unit-card">
      <legend className="measure-legend">{name}</legend>
      <div className="measure-grid">
        <TextField label={t('inspections.units.label')} value={unit.label} error={labelProblem === null ? undefined : t(PROBLEM_KEYS[labelProblem])} onValueChange={(label) => { change({ label }); }} />
        <SelectField<UnitKind> label={t('inspections.units.kind.label')} options={UNIT_KINDS.map((value) => ({ value, label: t(UNIT_KIND_KEYS[value]) }))} value={unit.kind} onValueChange={(kind) => { change({ kind }); }} />
        <NumberField label={t('inspections.units.area')} hint={t('inspections.units.areaHint')} value={unit.area} rules={UNIT_NUMBER_RULES.area} onValueChange={(area) => { change({ area }); }} />
        <SelectField<AreaUnit> label={t('inspections.units.areaUnit.label')} options={AREA_UNITS.map((value) => ({ value, label: t(AREA_UNIT_KEYS[value]) }))} value={unit.areaUnit} onValueChange={(areaUnit) => { change({ areaUnit }); }} />
        {COUNT_FIELDS.map(({ field, label, hint }) => (
          <NumberField key={field} label={t(label)} hint={hint === undefined ? undefined : t(hint)} value={unit[field]} rules={UNIT_NUMBER_RULES[field]} onValueChange={(value) => { change({ [field]: value }); }} />
        ))}
      </div>
      {report === undefined ? null : <IndicatorTable caption={t('inspections.units.indicatorsOf', { unit: name })} results={report.results} />}
      <RemoveUnitButton unitId={unit.id} name={name} />
    </fieldset>
  );
}

function RemoveUnitButton({ unitId, name }: { unitId: string; name: string }) {
  const { t } = useTranslation();
  const editDraft = useInspectionsStore((state) => state.editDraft);
  const [isOpen, setIsOpen] = useState(false);
  const close = () => {
    setIsOpen(false);
  };
  const footer = (
    <div className="button-row">
      <Button variant="danger" onClick={() => { editDraft((draft) => withoutUnit(draft, unitId)); close(); }}>
        {t('inspections.units.removeConfirm')}
      </Button>
      <Button onClick={close}>{t('dialog.cancel')}</Button>
    </div>
  );
  return (
    <>
      <Button onClick={() => { setIsOpen(true); }}>{t('inspections.units.remove', { unit: name })}</Button>
      <Dialog isOpen={isOpen} title={t('inspections.units.removeTitle', { unit: name })} closeLabel={t('dialog.close')} onClose={close} footer={footer}>
        <p>{t('inspections.units.removeBody')}</p>
      </Dialog>
    </>
  );
}
