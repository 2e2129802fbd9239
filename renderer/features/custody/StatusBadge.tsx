import type { CustodyStatus } from '@shared/custody/projection/types';
import { useCustodyLabels } from './useCustodyLabels';

const ICONS: Readonly<Record<CustodyStatus | 'voided', string>> = {
  in_custody: '●',
  hospital: '✚',
  transferred: '→',
  released: '○',
  escaped: '!',
  deceased: '✝',
  voided: '✗',
};

type StatusBadgeProps = {
  status: CustodyStatus;
  /** The admission was voided: the record is shown as a voided entry whatever its status. */
  isVoided?: boolean;
};

/** Where a person stands in custody, in words with an icon (never colour alone). */
export function StatusBadge({ status, isVoided = false }: StatusBadgeProps) {
  const labels = useCustodyLabels();
  const shown = isVoided ? 'voided' : status;
  return (
    <span className={`custody-badge custody-status custody-status-${shown}`}>
      <span aria-hidden="true" className="custody-badge-icon">
        {ICONS[shown]}
      </span>
      {labels.status(shown)}
    </span>
  );
}
