import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TranslationKey } from '../../i18n/translationKey';
import { Page } from '../../ui/Page';
import { useInspectionDraftPersistence } from './draftKit';
import { CompareView } from './history/CompareView';
import { HistoryView } from './history/HistoryView';
import { InspectionDetail } from './history/InspectionDetail';
import { TrendsView } from './history/TrendsView';
import { InspectionsTabs } from './InspectionsTabs';
import { InspectionReport } from './report/InspectionReport';
import { InspectionRun } from './run/InspectionRun';
import { StartView } from './StartView';
import { TemplatesView } from './templates/TemplatesView';
import type { InspectionsView, ViewKind } from './viewParams';
import { readView } from './viewParams';
import './inspections.css';

const TITLE_KEYS: Readonly<Record<ViewKind, TranslationKey>> = {
  start: 'inspections.title',
  run: 'inspections.run.title',
  history: 'inspections.history.title',
  inspection: 'inspections.detail.title',
  report: 'inspections.report.title',
  compare: 'inspections.compare.title',
  trends: 'inspections.trends.title',
  templates: 'inspections.templates.title',
};

function ViewBody({ view }: { view: InspectionsView }) {
  switch (view.kind) {
    case 'start':
      return <StartView />;
    case 'run':
      return <InspectionRun />;
    case 'history':
      return <HistoryView />;
    case 'inspection':
      return <InspectionDetail id={view.id} />;
    case 'report':
      return <InspectionReport id={view.id} />;
    case 'compare':
      return <CompareView beforeId={view.before} afterId={view.after} />;
    case 'trends':
      return <TrendsView facility={view.facility} />;
    case 'templates':
      return <TemplatesView />;
  }
}

/** Moves focus to the new heading when the view changes, as the frame does between screens. */
function useFocusHeadingOnViewChange(kind: ViewKind, search: string): void {
  const previous = useRef(search);
  useEffect(() => {
    if (previous.current === search) return;
    previous.current = search;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [kind, search]);
}

/** Inspections of conditions: start or resume one, its history and trends, and the templates they use. */
export function InspectionsScreen() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const view = readView(params);
  const title = t(TITLE_KEYS[view.kind]);
  useInspectionDraftPersistence();
  useFocusHeadingOnViewChange(view.kind, params.toString());
  return (
    <Page title={title} documentTitle={t('frame.documentTitle', { page: title })} intro={view.kind === 'start' ? t('inspections.intro') : undefined}>
      <InspectionsTabs current={view.kind} />
      <ViewBody view={view} />
    </Page>
  );
}
