import { useTranslation } from 'react-i18next';
import { NUMBERING_SYSTEMS } from '../../i18n/format';
import type { Numbering } from '../../i18n/format';
import type { TranslationKey } from '../../i18n/translationKey';
import { RadioGroup } from '../../ui/RadioGroup';
import { usePreferences } from './usePreferences';
import { useSavePreference } from './useSavePreference';

const NUMBERING_LABEL_KEYS = {
  auto: 'settings.numbering.auto',
  latn: 'settings.numbering.latn',
  arab: 'settings.numbering.arab',
} as const satisfies Record<Numbering, TranslationKey>;

export function NumberingSetting() {
  const { t } = useTranslation();
  const { numbering } = usePreferences().preferences;
  const save = useSavePreference();
  const options = NUMBERING_SYSTEMS.map((value) => ({ value, label: t(NUMBERING_LABEL_KEYS[value]) }));
  return (
    <RadioGroup<Numbering>
      legend={t('settings.numbering.legend')}
      hint={t('settings.numbering.hint')}
      options={options}
      value={numbering}
      onValueChange={(value) => void save('numbering', value)}
    />
  );
}
