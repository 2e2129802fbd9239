import { useTranslation } from 'react-i18next';
import { LANGUAGE_CODES } from '../../i18n/languages';
import type { Language } from '../../i18n/languages';
import { RadioGroup } from '../../ui/RadioGroup';
import { usePreferences } from './usePreferences';
import { useSavePreference } from './useSavePreference';

type LanguageSettingProps = {
  /** False where the change itself is the confirmation (the first step of setup): no "saved" toast. */
  isSaveAnnounced?: boolean;
};

/** Each language is named in that language, so a user who cannot read the current one still finds theirs. */
export function LanguageSetting({ isSaveAnnounced = true }: LanguageSettingProps) {
  const { t } = useTranslation();
  const { preferences, choosePreference } = usePreferences();
  const { language } = preferences;
  const saveAnnounced = useSavePreference();
  const save = isSaveAnnounced ? saveAnnounced : (key: 'language', value: Language) => choosePreference(key, value).catch(() => undefined);
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
