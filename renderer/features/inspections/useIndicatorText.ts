import { useTranslation } from 'react-i18next';
import { INDICATOR_DEFINITIONS } from '@shared/inspection/indicatorDefinitions';
import type { IndicatorId } from '@shared/inspection/indicatorDefinitions';
import type { IndicatorThreshold } from '@shared/inspection/indicatorProfiles';
import type { IndicatorResult } from '@shared/inspection/indicatorStates';
import { formatCitation } from '@shared/inspection/sources';
import { useFormat } from '../../i18n/useFormat';
import { REASON_KEYS } from './labels';
import { useTemplateLanguage } from './queries';

/** A value and its unit: the unit follows the number in all three languages. */
export function withUnit(value: string, unit: string): string {
  return `${value}\u00A0${unit}`;
}

const FRACTION_DIGITS = { maximumFractionDigits: 2 } as const;

export type IndicatorText = {
  label: (id: IndicatorId) => string;
  /** "2.8 m² per person", or why there is no value. */
  value: (result: IndicatorResult) => string;
  /** A measured value with the indicator's unit. */
  measured: (id: IndicatorId, value: number) => string;
  /** "at least 3.4 m² per person", with the lesser figure where the source gives one. */
  standard: (id: IndicatorId, threshold: IndicatorThreshold) => string;
  /** "ICRC-WASH12; APT-DFD Food and water" */
  sources: (threshold: IndicatorThreshold) => string;
  number: (value: number) => string;
};

/** Indicator values and standards in words, in the reader's language and digits. */
export function useIndicatorText(): IndicatorText {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useTemplateLanguage();
  const number = (value: number) => format.number(value, FRACTION_DIGITS);
  const unit = (id: IndicatorId) => INDICATOR_DEFINITIONS[id].unit[language];
  const measured = (id: IndicatorId, value: number) => withUnit(number(value), unit(id));
  return {
    label: (id) => INDICATOR_DEFINITIONS[id].label[language],
    value: (result) => {
      if (result.value === null) return t(result.reason === undefined ? 'inspections.reason.notMeasured' : REASON_KEYS[result.reason]);
      return measured(result.id, result.value);
    },
    measured,
    standard: (id, threshold) => {
      const isHigherBetter = INDICATOR_DEFINITIONS[id].better === 'higher';
      const target = t(isHigherBetter ? 'inspections.indicators.atLeast' : 'inspections.indicators.atMost', {
        value: number(threshold.target),
        unit: unit(id),
      });
      if (threshold.amberLimit === undefined) return target;
      return t('inspections.indicators.withLesserFigure', { target, lesser: number(threshold.amberLimit) });
    },
    sources: (threshold) => threshold.sources.map(formatCitation).join('; '),
    number,
  };
}
