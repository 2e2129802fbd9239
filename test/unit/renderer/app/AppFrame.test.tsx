// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FeatureDefinition } from '../../../../renderer/app/feature';
import { FEATURES } from '../../../../renderer/app/featureRegistry';
import { createI18n } from '../../../../renderer/i18n/createI18n';
import { useUiStore } from '../../../../renderer/stores/uiStore';
import { can } from '../../../../renderer/vault/permissions';
import { renderApp } from '../../../support/renderApp';

describe('the app frame', () => {
  it('has a banner, a labelled navigation and a main region', async () => {
    await renderApp();
    expect(screen.getByRole('banner').textContent).toContain('Habeas');
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeDefined();
    expect(screen.getByRole('main').id).toBe('main-content');
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeDefined();
    expect(document.title).toBe('Overview – Habeas');
  });

  it('lists exactly the registered features the role may use, marking the current one', async () => {
    await renderApp({ path: '/settings' });
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    const links = within(nav).getAllByRole('link');
    const t = createI18n('en').t;
    const offered = FEATURES.filter((feature) => feature.inNav !== false && (feature.requires === undefined || can('administrator', feature.requires)));
    expect(links.map((link) => link.textContent)).toEqual(offered.map((feature) => t(feature.navLabelKey)));
    expect(links.map((link) => link.getAttribute('aria-current'))).toEqual(offered.map((feature) => (feature.id === 'settings' ? 'page' : null)));
  });

  it('adds a feature to the navigation and the routes from its definition alone', async () => {
    const extra: FeatureDefinition = { id: 'extra', path: 'extra', navLabelKey: 'notFound.title', Screen: () => null };
    const { router } = await renderApp({ features: [...FEATURES, extra] });
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Page not found' }));
    expect(router.state.location.pathname).toBe('/extra');
  });

  it('shows the current language and links it to the settings', async () => {
    await renderApp({ preferences: { language: 'fr', numbering: 'auto' } });
    const indicator = screen.getByRole('link', { name: 'Langue\u00a0: Français' });
    expect(indicator.getAttribute('href')).toBe('/settings');
  });

  it('skips to the main region without changing the route', async () => {
    const { router } = await renderApp();
    fireEvent.click(screen.getByRole('link', { name: 'Skip to main content' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(router.state.location.pathname).toBe('/');
  });

  it('moves focus to the new heading after a navigation', async () => {
    await renderApp();
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'Settings' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(document.activeElement).toBe(heading);
  });

  it('shows a translated screen for an unknown path', async () => {
    await renderApp({ path: '/nowhere', preferences: { language: 'ar', numbering: 'auto' } });
    expect(screen.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeDefined();
  });

  it('warns on every screen when local storage could not be opened', async () => {
    useUiStore.getState().setStorageAvailable(false);
    await renderApp();
    expect(screen.getByRole('alert').textContent).toContain('Settings cannot be saved on this computer');
  });
});
