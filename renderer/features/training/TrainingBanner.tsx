import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useAppMode } from './appModeContext';
import { PracticeFill } from './PracticeFill';

/** On every screen in training mode, so practice is never mistaken for the real register. */
export function TrainingBanner() {
  const { t } = useTranslation();
  const { mode, switchTo } = useAppMode();
  if (mode !== 'training') return null;
  return (
    <section className="training-banner" aria-labelledby="training-banner-title">
      <p id="training-banner-title" className="training-banner-title">{t('training.banner.title')}</p>
      <p>{t('training.banner.body')}</p>
      <div className="button-row">
        <PracticeFill />
        <Button onClick={() => { switchTo('register'); }}>{t('training.banner.leave')}</Button>
      </div>
    </section>
  );
}
