import { useTranslation } from 'react-i18next';
import { LANGUAGE_CODES } from '../../i18n/languages';
import { usePreferences } from './usePreferences';

/**
 * The languages as a row of buttons, each named in its own language, for screens shown
 * before anyone is signed in (setup, lock): a registrar who finds the app in a language
 * they cannot read still finds theirs. The change shows at once, so no toast is needed.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { preferences, choosePreference } = usePreferences();
  return (
    <div role="group" aria-label={t('settings.language.legend')} className="language-switcher">
      {LANGUAGE_CODES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-option"
          aria-pressed={preferences.language === code}
          onClick={() => {
            choosePreference('language', code).catch(() => undefined);
          }}
        >
          {t('meta.nativeName', { lng: code })}
        </button>
      ))}
    </div>
  );
}
