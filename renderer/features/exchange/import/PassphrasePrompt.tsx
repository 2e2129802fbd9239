import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';

type PassphrasePromptProps = { fileName: string; isWrong: boolean; onSubmit: (passphrase: string) => void };

/** The passphrase of a passphrase bundle, as the sender gave it (words separated by spaces). */
export function PassphrasePrompt({ fileName, isWrong, onSubmit }: PassphrasePromptProps) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [isTried, setTried] = useState(false);
  const isEmpty = passphrase.trim() === '';
  const error = isTried && isEmpty ? t('exchange.import.passphraseRequired') : isWrong ? t('exchange.problem.wrongPassphrase') : undefined;
  return (
    <form
      noValidate
      aria-label={t('exchange.import.passphraseFormFor', { fileName })}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        // Words are compared exactly as generated: lower case, single spaces.
        if (!isEmpty) onSubmit(passphrase.trim().toLowerCase().split(/\s+/u).join(' '));
      }}
    >
      <TextField
        label={t('exchange.import.passphrase')}
        hint={t('exchange.import.passphraseHint')}
        error={error}
        value={passphrase}
        onValueChange={setPassphrase}
        autoComplete="off"
        spellCheck={false}
        dir="ltr"
      />
      <Button type="submit" variant="primary">
        {t('exchange.import.open')}
      </Button>
    </form>
  );
}
