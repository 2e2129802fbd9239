import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorId } from '@shared/inspection/indicatorDefinitions';
import type { IndicatorProfile } from '@shared/inspection/indicatorProfiles';
import { editThreshold, MAX_THRESHOLD } from '@shared/inspection/indicatorProfiles';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useInspectionsStore } from '../inspectionsStore';
import { parseNumberInput } from '../numberInput';
import { useIndicatorText } from '../useIndicatorText';
import { NumberField } from './NumberField';

type ThresholdDialogProps = { profile: IndicatorProfile; indicator: IndicatorId; onClose: () => void };

const RULES = { max: MAX_THRESHOLD };

/** Sets one figure of the standards for this inspection; nothing changes unless both figures are valid together. */
export function ThresholdDialog({ profile, indicator, onClose }: ThresholdDialogProps) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const editDraft = useInspectionsStore((state) => state.editDraft);
  const current = profile.thresholds[indicator];
  const [target, setTarget] = useState(String(current.target));
  const [lesser, setLesser] = useState(current.amberLimit === undefined ? '' : String(current.amberLimit));
  const [isRefused, setIsRefused] = useState(false);
  const save = () => {
    const parsedTarget = parseNumberInput(target, RULES);
    const parsedLesser = parseNumberInput(lesser, RULES);
    if (parsedTarget.kind !== 'number' || parsedLesser.kind === 'problem') {
      setIsRefused(true);
      return;
    }
    const edited = editThreshold(profile, indicator, {
      target: parsedTarget.value,
      amberLimit: parsedLesser.kind === 'number' ? parsedLesser.value : null,
    });
    if (!edited.ok) {
      setIsRefused(true);
      return;
    }
    editDraft((draft) => ({ ...draft, profile: edited.value }));
    onClose();
  };
  const footer = (
    <div className="button-row">
      <Button variant="primary" onClick={save}>{t('inspections.thresholds.save')}</Button>
      <Button onClick={onClose}>{t('dialog.cancel')}</Button>
    </div>
  );
  return (
    <Dialog isOpen title={t('inspections.thresholds.dialogTitle', { indicator: text.label(indicator) })} closeLabel={t('dialog.close')} onClose={onClose} footer={footer}>
      <p>{t('inspections.thresholds.currentSource', { sources: text.sources(current) })}</p>
      <NumberField label={t('inspections.thresholds.target')} hint={t('inspections.thresholds.targetHint')} value={target} rules={RULES} onValueChange={setTarget} />
      <NumberField label={t('inspections.thresholds.lesser')} hint={t('inspections.thresholds.lesserHint')} value={lesser} rules={RULES} onValueChange={setLesser} />
      {isRefused ? <p className="field-error" role="alert">{t('inspections.thresholds.refused')}</p> : null}
    </Dialog>
  );
}
