import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExportFollowUpProps } from '../exchange';
import { platform } from '../../platform';
import { useUiStore } from '../../stores/uiStore';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { useEndpoints, useOutboxEntries, useRecipients } from './queries';
import type { Candidate } from './useQueueChoice';
import { candidatesFor } from './useQueueChoice';
import { useQueueBundle } from './useQueueBundle';

/**
 * Offered on the export screen once a bundle to contacts is saved (the app frame hands it
 * to the exchange): send it now to each recipient with an inbox address, or see where it
 * already waits. Only the desktop app sends; a bundle opened by passphrase is sent from
 * the outbox screen, where its warning is shown.
 */
export function SendExportNow({ exported, bytes }: ExportFollowUpProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const candidates = candidatesFor({ exported, bytes }, useRecipients(), useEndpoints(), useOutboxEntries());
  if (!platform.canSendBundles || exported.to.kind !== 'contacts' || candidates.length === 0) return null;
  return (
    <section className="outbox-send-now" aria-labelledby={titleId}>
      <h3 id={titleId} className="field-label">{t('outbox.sendNow.title')}</h3>
      <ul className="outbox-send-now-list">
        {candidates.map((candidate) => (
          <li key={candidate.contact.card.ledger}>
            <CandidateAction candidate={candidate} exported={exported} bytes={bytes} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** SendExportNow as the exchange's follow-up after an export (see ExportFollowUpProvider). */
export function sendExportNow(props: ExportFollowUpProps): ReactNode {
  return <SendExportNow {...props} />;
}

function CandidateAction({ candidate, exported, bytes }: ExportFollowUpProps & { candidate: Candidate }) {
  const { t } = useTranslation();
  const queue = useQueueBundle();
  const showToast = useUiStore((state) => state.showToast);
  const [state, setState] = useState<'idle' | 'saving' | 'failed' | 'not-open'>('idle');
  const { facility, ledger } = candidate.contact.card;
  if (candidate.blockedBy === 'already') {
    return <p>{t('outbox.sendNow.queued', { facility })} <Link to="/outbox">{t('outbox.sendNow.openOutbox')}</Link></p>;
  }
  if (candidate.blockedBy === 'no-endpoint') {
    return <p>{t('outbox.sendNow.noEndpoint', { facility })} <Link to="/outbox">{t('outbox.sendNow.setAddress')}</Link></p>;
  }
  const send = async () => {
    setState('saving');
    try {
      const isQueued = await queue(bytes, exported, [ledger]);
      setState(isQueued ? 'idle' : 'not-open');
      if (isQueued) showToast('success', 'outbox.queue.queued');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      {state === 'failed' ? <Banner tone="error" title={t('outbox.sendNow.failed', { facility })} /> : null}
      {state === 'not-open' ? <Banner tone="warning" title={t('outbox.loading')} /> : null}
      <Button variant="primary" isBusy={state === 'saving'} busyLabel={t('outbox.saving')} onClick={() => void send()}>
        {t('outbox.sendNow.send', { facility })}
      </Button>
    </>
  );
}
