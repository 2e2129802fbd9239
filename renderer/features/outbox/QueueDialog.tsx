import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Dialog } from '../../ui/Dialog';
import { useEndpoints, useOutboxEntries, useRecipients } from './queries';
import type { Candidate } from './useQueueChoice';
import { candidatesFor, useQueueChoice } from './useQueueChoice';
import type { SavedBundle } from './useSavedBundlePicker';

type QueueDialogProps = { bundle: SavedBundle; onQueue: (contacts: string[]) => Promise<void>; onClose: () => void };

/** Which of the bundle's recipients to send it to. */
export function QueueDialog({ bundle, onQueue, onClose }: QueueDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const candidates = candidatesFor(bundle, useRecipients(), useEndpoints(), useOutboxEntries());
  const choice = useQueueChoice(candidates, onQueue, onClose);
  const { exported } = bundle;
  const canQueue = candidates.some((candidate) => candidate.blockedBy === null);
  const footer = (
    <div className="button-row">
      {canQueue ? <Button variant="primary" isBusy={choice.state === 'saving'} busyLabel={t('outbox.saving')} onClick={() => void choice.submit()}>{t('outbox.queue.confirm')}</Button> : null}
      <Button onClick={onClose}>{t('outbox.cancel')}</Button>
    </div>
  );
  return (
    <Dialog isOpen title={t('outbox.queue.dialogTitle', { bundleSeq: format.number(exported.bundleSeq) })} closeLabel={t('outbox.close')} onClose={onClose} footer={footer}>
      <p>{t('outbox.queue.summary', { fileName: exported.fileName, date: format.dateTime(new Date(exported.createdAt)), events: format.number(exported.eventCount) })}</p>
      {exported.to.kind === 'passphrase' ? <Banner tone="warning" title={t('outbox.queue.passphraseNote')} /> : null}
      {choice.state === 'failed' ? <Banner tone="error" title={t('outbox.queue.failed')} /> : null}
      {canQueue ? null : <Banner tone="warning" title={t('outbox.queue.noneAvailable')} />}
      <CandidateList candidates={candidates} chosen={choice.chosen} showNoneChosen={choice.state === 'none-chosen'} onToggle={choice.toggle} />
    </Dialog>
  );
}

type CandidateListProps = { candidates: readonly Candidate[]; chosen: ReadonlySet<string>; showNoneChosen: boolean; onToggle: (ledger: string, isChecked: boolean) => void };

function CandidateList({ candidates, chosen, showNoneChosen, onToggle }: CandidateListProps) {
  const { t } = useTranslation();
  const errorId = useId();
  return (
    <fieldset className="outbox-choices" aria-describedby={showNoneChosen ? errorId : undefined}>
      <legend className="field-label">{t('outbox.queue.contactsLegend')}</legend>
      {showNoneChosen ? <p id={errorId} className="field-error" role="alert">{t('outbox.queue.chooseOne')}</p> : null}
      {candidates.map(({ contact, blockedBy }) => (
        <Checkbox
          key={contact.card.ledger}
          label={contact.card.facility}
          hint={blockedBy === 'no-endpoint' ? t('outbox.queue.noEndpoint') : blockedBy === 'already' ? t('outbox.queue.already') : undefined}
          checked={chosen.has(contact.card.ledger)}
          disabled={blockedBy !== null}
          onCheckedChange={(isChecked) => { onToggle(contact.card.ledger, isChecked); }}
        />
      ))}
    </fieldset>
  );
}
