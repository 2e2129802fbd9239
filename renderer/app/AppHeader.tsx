import { useTranslation } from 'react-i18next';
import { LanguageIndicator } from './LanguageIndicator';
import { SessionControls } from './SessionControls';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <p className="app-brand">
        <span className="app-name">{t('app.name')}</span>
        <span className="app-tagline">{t('app.tagline')}</span>
      </p>
      <div className="app-header-end">
        <LanguageIndicator />
        <SessionControls />
      </div>
    </header>
  );
}
