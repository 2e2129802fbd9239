import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerView } from '@shared/partners/views';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { useCan } from '../../vault/useCan';
import { DecisionDialog } from './DecisionDialog';
import { DecisionsTable } from './DecisionsTable';

/** The decision log, and the way to record a decision. */
export function DecisionsSection({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const canWrite = useCan('partners.write');
  const [isAdding, setIsAdding] = useState(false);
  return (
    <Section title={t('partners.decisions.title')} hint={t('partners.decisions.hint')}>
      {canWrite ? (
        <div className="button-row no-print">
          <Button variant="primary" onClick={() => { setIsAdding(true); }}>{t('partners.decisions.add')}</Button>
        </div>
      ) : null}
      <DecisionsTable decisions={partner.decisions} />
      {isAdding ? <DecisionDialog partnerId={partner.id} partnerName={partner.profile?.name ?? t('partners.list.unnamed')} onClose={() => { setIsAdding(false); }} /> : null}
    </Section>
  );
}
