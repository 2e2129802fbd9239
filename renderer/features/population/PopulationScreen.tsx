import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { CategorySection } from './CategorySection';
import { HeldNowSection } from './HeldNowSection';
import { MovementsSection } from './MovementsSection';
import { PeriodForm } from './PeriodForm';
import type { RegisterChoice } from './queries';
import { useChosenRegister, usePopulation } from './queries';
import { StaySection } from './StaySection';
import { usePopulationFormat } from './usePopulationFormat';

function PopulationBody({ register }: { register: RegisterChoice }) {
  const { stats, period, nowMs } = usePopulation(register);
  const format = usePopulationFormat();
  return (
    <>
      <HeldNowSection stats={stats} nowMs={nowMs} format={format} />
      <CategorySection stats={stats} format={format} />
      <PeriodForm register={register} shown={period} nowMs={nowMs} format={format} />
      <MovementsSection stats={stats} period={period} format={format} />
      <StaySection stats={stats} format={format} />
    </>
  );
}

/** Population and statistics of the register (Mandela Rule 10). */
export function PopulationScreen() {
  const { t } = useTranslation();
  const register = useChosenRegister();
  return (
    <Page title={t('population.title')} documentTitle={t('frame.documentTitle', { page: t('population.title') })} intro={t('population.intro')}>
      {register === undefined ? <p role="status">{t('population.loading')}</p> : <PopulationBody register={register} />}
    </Page>
  );
}
