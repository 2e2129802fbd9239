import { useTranslation } from 'react-i18next';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { useUiStore } from '../../stores/uiStore';
import type { OutboxRunner } from './outboxRunner';
import { QueueDialog } from './QueueDialog';
import { useSavedBundlePicker } from './useSavedBundlePicker';

/** Putting a bundle saved from Export into the outbox. */
export function QueueSection({ runner, canSend }: { runner: OutboxRunner | null; canSend: boolean }) {
  const { t } = useTranslation();
  const picker = useSavedBundlePicker();
  const showToast = useUiStore((state) => state.showToast);
  const { state } = picker;
  const queue = async (contacts: string[]) => {
    if (state.kind !== 'chosen' || runner === null) return;
    const { bytes, exported } = state.bundle;
    const { manifestHash, bundleSeq, fileName, fileSha256, fileBytes } = exported;
    await runner.queue(bytes, { manifestHash, bundleSeq, fileName, fileSha256, fileBytes }, contacts);
    showToast('success', 'outbox.queue.queued');
  };
  return (
    <Section title={t('outbox.queue.title')} hint={t('outbox.queue.hint')}>
      {state.kind === 'not-export' ? <Banner tone="error" title={t('outbox.queue.notExport', { fileName: state.fileName })} /> : null}
      {state.kind === 'read-failed' ? <Banner tone="error" title={t('outbox.queue.readFailed')} /> : null}
      <div className="button-row">
        <Button variant="primary" disabled={!canSend || runner === null} isBusy={state.kind === 'reading'} busyLabel={t('outbox.queue.reading')} onClick={() => void picker.pick()}>
          {t('outbox.queue.choose')}
        </Button>
      </div>
      {state.kind === 'chosen' ? <QueueDialog bundle={state.bundle} onQueue={queue} onClose={picker.clear} /> : null}
    </Section>
  );
}
