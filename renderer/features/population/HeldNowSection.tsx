import type { PopulationStats } from '@shared/custody/population';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../ui/Banner';
import { ProgressBar } from '../../ui/ProgressBar';
import { Section } from '../../ui/Section';
import { FigureList } from './FigureList';
import type { PopulationFormat } from './usePopulationFormat';

type HeldNowProps = { stats: PopulationStats; nowMs: number; format: PopulationFormat };

function Occupancy({ stats, format }: Omit<HeldNowProps, 'nowMs'>) {
  const { t } = useTranslation();
  if (stats.occupancy === undefined) {
    return (
      <Banner tone="info" title={t('population.occupancy.noCapacityTitle')}>
        <p>{t('population.occupancy.noCapacity')}</p>
      </Banner>
    );
  }
  const valueText = t('population.occupancy.value', { held: format.number(stats.held), capacity: format.number(stats.capacity), rate: format.percent(stats.occupancy) });
  const excess = stats.held - stats.capacity;
  return (
    <div className="population-occupancy">
      <ProgressBar label={t('population.occupancy.label')} value={Math.min(stats.held, stats.capacity)} max={stats.capacity} valueText={valueText} />
      {excess > 0 ? (
        <Banner tone="warning" title={t('population.occupancy.overTitle')}>
          <p>{t('population.occupancy.over', { count: excess, excess: format.number(excess) })}</p>
        </Banner>
      ) : null}
    </div>
  );
}

/** Who is held at this moment, the groups the standards single out, and occupancy. */
export function HeldNowSection({ stats, nowMs, format }: HeldNowProps) {
  const { t } = useTranslation();
  const figures = [
    { id: 'held', label: t('population.now.held'), value: format.number(stats.held), hint: t('population.now.heldHint') },
    { id: 'hospital', label: t('population.now.inHospital'), value: format.number(stats.inHospital) },
    { id: 'children', label: t('population.now.children'), value: format.number(stats.children) },
    { id: 'women', label: t('population.now.women'), value: format.number(stats.women) },
    { id: 'foreign', label: t('population.now.foreign'), value: format.number(stats.foreignNationals) },
    { id: 'records', label: t('population.now.records'), value: format.number(stats.records) },
    { id: 'voided', label: t('population.now.voided'), value: format.number(stats.voided) },
  ];
  return (
    <Section title={t('population.now.title')} hint={t('population.now.asOf', { time: format.dateTime(nowMs) })}>
      <FigureList figures={figures} />
      <h3 className="population-subtitle">{t('population.occupancy.title')}</h3>
      <Occupancy stats={stats} format={format} />
    </Section>
  );
}
