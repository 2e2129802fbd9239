import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureView, PartnerView } from '@shared/partners/views';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { useCan } from '../../vault/useCan';
import { MeasureDialog } from './MeasureDialog';
import { MeasuresTable } from './MeasuresTable';
import { MeasureUpdateDialog } from './MeasureUpdateDialog';

/** The risk-mitigation plan: its measures with owner, dates and status, and the ways to add and update them. */
export function MeasuresSection({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const canWrite = useCan('partners.write');
  const [isAdding, setIsAdding] = useState(false);
  const [updating, setUpdating] = useState<MeasureView | null>(null);
  const name = partner.profile?.name ?? t('partners.list.unnamed');
  return (
    <Section title={t('partners.plan.title')} hint={t('partners.plan.hint')}>
      {canWrite ? (
        <div className="button-row no-print">
          <Button variant="primary" onClick={() => { setIsAdding(true); }}>{t('partners.plan.add')}</Button>
        </div>
      ) : null}
      <MeasuresTable measures={partner.measures} onUpdate={canWrite ? setUpdating : undefined} />
      {isAdding ? <MeasureDialog partnerId={partner.id} partnerName={name} onClose={() => { setIsAdding(false); }} /> : null}
      {updating === null ? null : <MeasureUpdateDialog measure={updating} onClose={() => { setUpdating(null); }} />}
    </Section>
  );
}
