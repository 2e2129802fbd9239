import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SETTINGS_PATH } from '../features/settings';

/** The current interface language, always visible, and a way to the screen that changes it. */
export function LanguageIndicator() {
  const { t } = useTranslation();
  return (
    <Link to={SETTINGS_PATH} className="language-indicator">
      {t('frame.currentLanguage', { language: t('meta.nativeName') })}
    </Link>
  );
}
