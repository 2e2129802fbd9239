// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyDocumentLanguage, detectLanguage, isLanguage } from '../../../../renderer/i18n/languages';
import { createI18n } from '../../../../renderer/i18n/createI18n';

describe('interface languages', () => {
  it('picks the first system language it has, by primary subtag', () => {
    expect(detectLanguage(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(detectLanguage(['AR-EG'])).toBe('ar');
    expect(detectLanguage(['de', 'es'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });

  it('recognises only the three interface languages', () => {
    expect(['en', 'fr', 'ar', 'de', '', null].map(isLanguage)).toEqual([true, true, true, false, false, false]);
  });

  it('sets lang and dir on <html>', () => {
    applyDocumentLanguage(document, 'ar');
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']);
    applyDocumentLanguage(document, 'fr');
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['fr', 'ltr']);
  });

  it('is ready to translate as soon as it is created', () => {
    const i18n = createI18n('fr');
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.t('nav.settings')).toBe('Paramètres');
    expect(i18n.t('meta.nativeName', { lng: 'ar' })).toBe('العربية');
  });
});
