import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../i18n/translationKey';
import type { ChainStatus } from '../../vault/integrityStore';

const LABELS: Readonly<Record<ChainStatus, TranslationKey>> = {
  verified: 'audit.chain.verified',
  pending: 'audit.chain.pending',
  failed: 'audit.chain.failed',
};

const ICONS: Readonly<Record<ChainStatus, string>> = { verified: '✓', pending: '…', failed: '✗' };

/** Whether the event's link in its ledger's hash chain checked out; icon and words, never colour alone. */
export function ChainBadge({ status }: { status: ChainStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`chain-badge chain-${status}`}>
      <span aria-hidden="true">{ICONS[status]}</span> {t(LABELS[status])}
    </span>
  );
}
