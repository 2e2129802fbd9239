import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { LanguageSetting } from '../settings';
import { TrainingEntry } from '../training';

type LanguageStepProps = { onNext: () => void };

/** First, the language: everything after it, including the recovery code sheet, is in that language. */
export function LanguageStep({ onNext }: LanguageStepProps) {
  const { t } = useTranslation();
  return (
    <div className="setup-step">
      <LanguageSetting isSaveAnnounced={false} />
      <div className="button-row">
        <Button variant="primary" onClick={onNext}>
          {t('setup.next')}
        </Button>
      </div>
      <TrainingEntry />
    </div>
  );
}
