import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../features/settings';
import { ToastHost } from './ToastHost';

/**
 * The frame of the screens shown before anyone is signed in (setup, lock, recovery): the
 * app's name, the language buttons, one centred column. No navigation: nothing behind it
 * can be reached yet.
 */
export function AccessFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="access-frame">
        <header className="app-header access-header">
          <p className="app-brand">
            <span className="app-name">{t('app.name')}</span>
            <span className="app-tagline">{t('app.tagline')}</span>
          </p>
          <LanguageSwitcher />
        </header>
        <main id="main-content" tabIndex={-1} className="access-main">
          {children}
        </main>
      </div>
      <ToastHost />
    </>
  );
}
