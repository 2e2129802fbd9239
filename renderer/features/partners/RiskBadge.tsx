import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '@shared/partners/criteria';
import { RISK_KEYS } from './labels';

/** An overall risk level: its word and a colour, never colour alone. */
export function RiskBadge({ risk }: { risk: RiskLevel }) {
  const { t } = useTranslation();
  return <span className={`partners-badge partners-risk-${risk}`}>{t(RISK_KEYS[risk])}</span>;
}
