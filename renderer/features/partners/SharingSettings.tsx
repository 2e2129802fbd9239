import { useTranslation } from 'react-i18next';
import type { PeriodChoice } from '@shared/sharing/period';
import { MAX_SUPPRESSION_THRESHOLD, MIN_SUPPRESSION_THRESHOLD } from '@shared/sharing/suppression';
import { useFormat } from '../../i18n/useFormat';
import { Checkbox } from '../../ui/Checkbox';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import type { SharingChoices } from './partnersStore';
import { PeriodPicker } from './PeriodPicker';
import type { FacilityChoice } from './queries';

type SharingSettingsProps = {
  facilities: readonly FacilityChoice[];
  ledger: string;
  period: PeriodChoice;
  /** The last day the period may cover, where the facility is. */
  today: string;
  choices: SharingChoices;
  isThresholdValid: boolean;
  onChange: (change: Partial<SharingChoices>) => void;
};

/** Which register, which period, and how small counts are protected. Checked as typed: nothing is written here. */
export function SharingSettings({ facilities, ledger, period, today, choices, isThresholdValid, onChange }: SharingSettingsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="partners-settings">
      <SelectField<string> label={t('partners.share.facility')} options={facilities.map((facility) => ({ value: facility.ledger, label: `${facility.name} (${facility.code})` }))} value={ledger} onValueChange={(value) => { onChange({ ledger: value }); }} />
      <PeriodPicker choice={period} today={today} onChange={(choice) => { onChange(choice); }} />
      <TextField
        label={t('partners.share.threshold')}
        hint={t('partners.share.thresholdHint')}
        error={isThresholdValid ? undefined : t('partners.share.thresholdInvalid', { min: format.number(MIN_SUPPRESSION_THRESHOLD), max: format.number(MAX_SUPPRESSION_THRESHOLD) })}
        inputMode="numeric"
        value={choices.threshold}
        onValueChange={(threshold) => { onChange({ threshold }); }}
      />
      <Checkbox label={t('partners.share.hideZeros')} hint={t('partners.share.hideZerosHint')} checked={choices.hideZeros} onCheckedChange={(hideZeros) => { onChange({ hideZeros }); }} />
    </div>
  );
}
