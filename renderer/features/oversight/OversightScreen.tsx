import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TranslationKey } from '../../i18n/translationKey';
import { Page } from '../../ui/Page';
import { AlertsView } from './AlertsView';
import { IntegrityView } from './IntegrityView';
import { OversightTabs } from './OversightTabs';
import { OverviewView } from './OverviewView';
import { RollCallView } from './RollCallView';
import { SafeguardsView } from './SafeguardsView';
import { SettingsView } from './SettingsView';
import type { OversightView } from './viewParams';
import { readView } from './viewParams';

const TITLE_KEYS: Readonly<Record<OversightView, TranslationKey>> = {
  overview: 'oversight.overview.title',
  alerts: 'oversight.alerts.title',
  safeguards: 'oversight.safeguards.title',
  'roll-call': 'oversight.rollCall.title',
  integrity: 'oversight.integrity.title',
  settings: 'oversight.settings.title',
};

const INTRO_KEYS: Readonly<Record<OversightView, TranslationKey>> = {
  overview: 'oversight.overview.intro',
  alerts: 'oversight.alerts.intro',
  safeguards: 'oversight.safeguards.intro',
  'roll-call': 'oversight.rollCall.intro',
  integrity: 'oversight.integrity.intro',
  settings: 'oversight.settings.intro',
};

function ViewBody({ view }: { view: OversightView }) {
  switch (view) {
    case 'overview':
      return <OverviewView />;
    case 'alerts':
      return <AlertsView />;
    case 'safeguards':
      return <SafeguardsView />;
    case 'roll-call':
      return <RollCallView />;
    case 'integrity':
      return <IntegrityView />;
    case 'settings':
      return <SettingsView />;
  }
}

/** Moves focus to the new heading when the view changes, as the frame does between screens. */
function useFocusHeadingOnViewChange(view: OversightView): void {
  const previous = useRef(view);
  useEffect(() => {
    if (previous.current === view) return;
    previous.current = view;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [view]);
}

/** Oversight of the facilities whose registers were imported here. */
export function OversightScreen() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const view = readView(params);
  const title = t(TITLE_KEYS[view]);
  useFocusHeadingOnViewChange(view);
  return (
    <Page title={title} documentTitle={t('frame.documentTitle', { page: title })} intro={t(INTRO_KEYS[view])}>
      <OversightTabs current={view} />
      <ViewBody view={view} />
    </Page>
  );
}
