import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MATCH_NOTE_MAX_CHARS } from '@shared/oversight/matchEvents';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextArea } from '../../ui/TextArea';

type DecisionDialogProps = {
  title: string;
  explanation: string;
  actionLabel: string;
  variant: 'primary' | 'danger';
  onDecide: (note: string) => Promise<void>;
  onClose: () => void;
};

/**
 * Asks for an optional note and records the decision. Nothing is written unless the note is
 * valid; if the ledger refuses, the dialog stays open and says so.
 */
export function DecisionDialog({ title, explanation, actionLabel, variant, onDecide, onClose }: DecisionDialogProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);
  const isTooLong = note.length > MATCH_NOTE_MAX_CHARS;
  const decide = async () => {
    if (isTooLong) return;
    setIsBusy(true);
    setHasFailed(false);
    try {
      await onDecide(note);
      onClose();
    } catch {
      setHasFailed(true);
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <Dialog
      isOpen
      title={title}
      closeLabel={t('matching.dialog.close')}
      onClose={onClose}
      footer={
        <>
          <Button variant={variant} isBusy={isBusy} busyLabel={t('matching.dialog.saving')} onClick={() => { void decide(); }}>{actionLabel}</Button>
          <Button onClick={onClose}>{t('matching.dialog.cancel')}</Button>
        </>
      }
    >
      <p>{explanation}</p>
      {hasFailed ? <Banner tone="error" title={t('matching.dialog.failedTitle')}>{t('matching.dialog.failed')}</Banner> : null}
      <TextArea
        label={t('matching.dialog.note')}
        hint={t('matching.dialog.noteHint')}
        error={isTooLong ? t('matching.dialog.noteTooLong', { max: MATCH_NOTE_MAX_CHARS }) : undefined}
        value={note}
        onValueChange={setNote}
      />
    </Dialog>
  );
}
