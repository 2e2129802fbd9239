import { useTranslation } from 'react-i18next';
import type { BundleProblem } from '@shared/bundle/errors';
import { useFormat } from '../../i18n/useFormat';
import { bundleProblemText } from './problemMessages';
import { useFacilityNames } from './queries';

/** Bundle problems as sentences in the current language, naming the facilities this installation knows. */
export function useProblemText(): (found: BundleProblem) => string {
  const { t } = useTranslation();
  const format = useFormat();
  const nameOf = useFacilityNames();
  return (found) => bundleProblemText(found, { t, nameOf, number: format.number });
}
