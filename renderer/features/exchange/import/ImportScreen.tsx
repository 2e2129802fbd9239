import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page';
import { Section } from '../../../ui/Section';
import { CheckedFiles } from './CheckedFiles';
import { EvidenceSection } from './EvidenceSection';
import { HeldTable } from './HeldTable';
import { ImportHistoryTable } from './ImportHistoryTable';
import { OpenBundles } from './OpenBundles';
import { useImportFlow } from './useImportFlow';

/** Import: open bundles, see what the checks found and what would change, apply, and the history. */
export function ImportScreen() {
  const { t } = useTranslation();
  const flow = useImportFlow();
  return (
    <Page title={t('exchange.import.title')} documentTitle={t('frame.documentTitle', { page: t('exchange.import.title') })} intro={t('exchange.import.intro')}>
      <EvidenceSection />
      <Section title={t('exchange.import.openTitle')}>
        <OpenBundles onFiles={(files) => void flow.addFiles(files)} disabled={flow.progress !== null} />
      </Section>
      {flow.entries.length > 0 || flow.progress !== null ? <CheckedFiles flow={flow} /> : null}
      <Section title={t('exchange.held.title')} hint={t('exchange.held.hint')}>
        <HeldTable />
      </Section>
      <Section title={t('exchange.import.historyTitle')}>
        <ImportHistoryTable />
      </Section>
    </Page>
  );
}
