import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { Banner } from '../../ui/Banner';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { EndpointsSection } from './EndpointsSection';
import { useRecipientSync } from './OutboxBackground';
import { OutboxTable } from './OutboxTable';
import { QueueSection } from './QueueSection';
import { useOutboxStatus } from './queries';
import { useOutbox } from './useOutbox';

/** What the outbox says about itself: sending impossible here, offline, not opened, rows it could not read. */
function OutboxBanners({ canSend }: { canSend: boolean }) {
  const { t } = useTranslation();
  const { phase, isOnline, skipped } = useOutboxStatus();
  return (
    <>
      {canSend ? null : <Banner tone="warning" title={t('outbox.unavailableTitle')}>{t('outbox.unavailableBody')}</Banner>}
      {canSend && !isOnline ? <Banner tone="warning" title={t('outbox.offline')} /> : null}
      {phase === 'loading' ? <Banner tone="info" title={t('outbox.loading')} /> : null}
      {phase === 'failed' ? <Banner tone="error" title={t('outbox.loadFailed')} /> : null}
      {skipped > 0 ? <Banner tone="warning" title={t('outbox.skipped', { count: skipped })} /> : null}
    </>
  );
}

/** The outbox: where each recipient's bundles go, bundles to send, and how each one fared. */
export function OutboxScreen() {
  const { t } = useTranslation();
  const runner = useOutbox();
  useRecipientSync(runner);
  const { canSendBundles } = platform;
  return (
    <Page title={t('outbox.title')} documentTitle={t('frame.documentTitle', { page: t('outbox.title') })} intro={t('outbox.intro')}>
      <OutboxBanners canSend={canSendBundles} />
      <Section title={t('outbox.list.title')}>
        <OutboxTable runner={runner} />
      </Section>
      <QueueSection runner={runner} canSend={canSendBundles} />
      <EndpointsSection runner={runner} />
    </Page>
  );
}
