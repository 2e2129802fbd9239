import { useTranslation } from 'react-i18next';
import { Banner } from '../../../ui/Banner';
import { Button } from '../../../ui/Button';
import { Page } from '../../../ui/Page';
import { Section } from '../../../ui/Section';
import { AddresseeSection } from './AddresseeSection';
import { ExportHistoryTable } from './ExportHistoryTable';
import { ExportPreview } from './ExportPreview';
import { ExportProgress } from './ExportProgress';
import { SavedResult } from './SavedResult';
import { ScopeSection } from './ScopeSection';
import { useExportFlow } from './useExportFlow';
import { useExportForm } from './useExportForm';

/** Export: choose who can open the bundle and what it carries, check the preview, save it. */
export function ExportScreen() {
  const { t } = useTranslation();
  const flow = useExportFlow([{ name: t('exchange.bundleFileType'), extensions: ['habeas'] }]);
  const form = useExportForm(flow.reset);
  const { phase } = flow;
  const prepared = 'prepared' in phase ? phase.prepared : null;
  return (
    <Page title={t('exchange.export.title')} documentTitle={t('frame.documentTitle', { page: t('exchange.export.title') })} intro={t('exchange.export.intro')}>
      <AddresseeSection form={form} disabled={flow.isBusy} />
      <ScopeSection form={form} disabled={flow.isBusy} />
      <Section title={t('exchange.export.check')}>
        <ExportProgress phase={phase} />
        {phase.kind === 'failed' ? <Banner tone="error" title={t(phase.messageKey)} /> : null}
        {phase.kind === 'saved' ? <SavedResult fileName={phase.fileName} written={phase.written} /> : null}
        {prepared !== null ? <ExportPreview prepared={prepared} /> : null}
        <div className="button-row">
          {phase.kind === 'prepared' || (phase.kind === 'failed' && prepared !== null) ? (
            <Button variant="primary" onClick={() => { if (prepared !== null) void flow.save(prepared); }}>{t('exchange.export.save')}</Button>
          ) : null}
          {phase.kind === 'saved' ? (
            <Button onClick={flow.reset}>{t('exchange.export.another')}</Button>
          ) : (
            <Button variant={prepared === null ? 'primary' : 'secondary'} isBusy={flow.isBusy} busyLabel={t('exchange.working')} onClick={() => {
              const request = form.request();
              if (request !== null) void flow.prepare(request);
            }}>
              {prepared === null ? t('exchange.export.prepare') : t('exchange.export.prepareAgain')}
            </Button>
          )}
        </div>
      </Section>
      <Section title={t('exchange.export.historyTitle')}>
        <ExportHistoryTable />
      </Section>
    </Page>
  );
}
