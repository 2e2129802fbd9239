import { useTranslation } from 'react-i18next';
import type { VerifiedBundle } from '@shared/bundle/read';
import { useFormat } from '../../../i18n/useFormat';

type BundleWarningsProps = { verified: VerifiedBundle; nameOf: (ledger: string) => string };

/** What does not stop an import but deserves a look: skipped bundle numbers, relayed histories, implausible clocks. */
export function BundleWarnings({ verified, nameOf }: BundleWarningsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const sender = verified.sender.name;
  const clockWarnings = verified.warnings.filter((warning) => warning.kind === 'clock').length;
  const items = verified.warnings.flatMap((warning) => {
    if (warning.kind === 'bundle-gap') return [t('exchange.import.warnings.gap', { from: format.number(warning.from), to: format.number(warning.to), sender })];
    if (warning.kind === 'relayed-ledger') return [t('exchange.import.warnings.relayed', { facility: nameOf(warning.ledger), sender })];
    return [];
  });
  if (clockWarnings > 0) items.push(t('exchange.import.warnings.clock', { count: clockWarnings, shown: format.number(clockWarnings) }));
  if (items.length === 0) return null;
  return (
    <ul className="bundle-warnings" aria-label={t('exchange.import.warnings.label')}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
