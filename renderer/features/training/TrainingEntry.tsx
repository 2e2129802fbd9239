import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useAppMode } from './appModeContext';

/** Offered before unlock and at setup: practise on a separate register of invented people. */
export function TrainingEntry() {
  const { t } = useTranslation();
  const { mode, switchTo } = useAppMode();
  if (mode === 'training') return null;
  return (
    <section className="training-entry" aria-labelledby="training-entry-title">
      <h2 id="training-entry-title">{t('training.entry.title')}</h2>
      <p className="field-hint">{t('training.entry.hint')}</p>
      <Button onClick={() => { switchTo('training'); }}>{t('training.entry.open')}</Button>
    </section>
  );
}
