import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { useProblemText } from '../useProblemText';
import { BundlePreview } from './BundlePreview';
import type { FileEntry } from './fileStatus';
import { PassphrasePrompt } from './PassphrasePrompt';
import { STATUS_DISPLAY } from './statusText';
import { UntrustedSender } from './UntrustedSender';

type FileResultProps = { entry: FileEntry; onPassphrase: (passphrase: string) => void };

/** One opened file: what the checks found, in words, and what applying it would add. */
export function FileResult({ entry, onPassphrase }: FileResultProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const display = STATUS_DISPLAY[entry.status.kind];
  return (
    <article className={`file-result file-result-${display.tone}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="file-result-title">
        <span dir="ltr" className="file-name">{entry.name}</span>
        <span className="file-result-status">{t(display.key)}</span>
      </h3>
      <FileResultBody entry={entry} onPassphrase={onPassphrase} />
    </article>
  );
}

function FileResultBody({ entry, onPassphrase }: FileResultProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const { status } = entry;
  if ('verified' in status) {
    const { manifest, sender, newEventCount } = status.verified;
    const about = t('exchange.import.bundleFrom', { bundleSeq: format.number(manifest.bundleSeq), facility: sender.name, date: format.dateTime(new Date(manifest.createdAt)) });
    if (status.kind === 'applied') return <p>{about} {t('exchange.import.appliedCount', { count: newEventCount, shown: format.number(newEventCount) })}</p>;
    if (status.kind === 'own-ledger') return <p>{t('exchange.import.ownLedgerBody')}</p>;
    return (
      <>
        <p>{about}</p>
        <BundlePreview verified={status.verified} />
      </>
    );
  }
  if (!('rejection' in status)) return status.kind === 'error' ? <p>{t('exchange.import.errorBody')}</p> : null;
  const { problem: found } = status.rejection;
  return (
    <>
      <p>{problemText(found)}</p>
      {status.kind === 'pending' ? <p>{t('exchange.import.pendingBody')}</p> : null}
      {status.kind === 'held' ? <p>{t('exchange.import.heldBody')}</p> : null}
      {status.kind === 'evidence' ? <p>{t('exchange.import.evidenceBody')}</p> : null}
      {found.code === 'untrusted-sender' ? <UntrustedSender params={found.params} /> : null}
      {status.kind === 'passphrase' ? <PassphrasePrompt fileName={entry.name} isWrong={found.code === 'wrong-passphrase'} onSubmit={onPassphrase} /> : null}
    </>
  );
}
