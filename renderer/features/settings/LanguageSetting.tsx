import { useTranslation } from 'react-i18next';
import { LANGUAGE_CODES } from '../../i18n/languages';
import type { Language } from '../../i18n/languages';
import { RadioGroup } from '../../ui/RadioGroup';
import { usePreferences } from './usePreferences';
import { useSavePreference } from './useSavePreference';

/** Each language is named in that language, so a user who cannot read the current one still finds theirs. */
export function LanguageSetting() {
  const { t } = useTranslation();
  const { language } = usePreferences().preferences;
  const save = useSavePreference();
  const options = LANGUAGE_CODES.map((code) => ({ value: code, label: t('meta.nativeName', { lng: code }), lang: code }));
  return (
    <RadioGroup<Language>
      legend={t('settings.language.legend')}
      hint={t('settings.language.hint')}
      options={options}
      value={language}
      onValueChange={(value) => void save('language', value)}
    />
  );
}
