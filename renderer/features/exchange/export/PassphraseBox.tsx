import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCopyText } from '../../../app/useCopyText';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { TextArea } from '../../../ui/TextArea';

type PassphraseBoxProps = {
  passphrase: string;
  onRegenerate: () => void;
  isNoted: boolean;
  onNotedChange: (isNoted: boolean) => void;
  error?: string;
};

/**
 * The generated passphrase: shown large, copyable, replaceable. People never type their
 * own (a chosen passphrase is guessable); they confirm they noted this one, to give it to
 * the recipient by another way than the file.
 */
export function PassphraseBox({ passphrase, onRegenerate, isNoted, onNotedChange, error }: PassphraseBoxProps) {
  const { t } = useTranslation();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [copyStatus, copy] = useCopyText(textRef);
  return (
    <div className="passphrase-box">
      <p className="generated-passphrase" dir="ltr" lang="en">
        {passphrase}
      </p>
      <div className="button-row">
        <Button onClick={onRegenerate}>{t('exchange.export.passphrase.another')}</Button>
        <Button onClick={() => void copy(passphrase)}>{t('exchange.export.passphrase.copy')}</Button>
      </div>
      {copyStatus === 'copied' ? <p role="status">{t('exchange.export.passphrase.copied')}</p> : null}
      {copyStatus === 'failed' ? (
        <TextArea className="exchange-code" ref={textRef} label={t('exchange.export.passphrase.copyByHand')} value={passphrase} readOnly rows={2} dir="ltr" />
      ) : null}
      <Checkbox label={t('exchange.export.passphrase.noted')} hint={t('exchange.export.passphrase.notedHint')} checked={isNoted} onCheckedChange={onNotedChange} error={error} />
    </div>
  );
}
